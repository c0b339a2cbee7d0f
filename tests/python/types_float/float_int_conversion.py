# Converting between float and int: truncation, rounding, exactness.
for x in [3.7, -3.7, 0.5, -0.5, 1e15 + 0.3, 2.0 ** 60, -1e-300]:
    print(x, int(x), round(x), int(round(x, 0)))
import math
for x in [2.5, -2.5, 2.4999, 1e20]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x))
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 53 + 2), float(2 ** 53 + 3))
print(int(2 ** 53 + 1.0), int(float(2 ** 64)))
print(int(1e308) == 10 ** 308, int(1e23))
print(7 / 2, 7 // 2, 7.0 // 2, int(7 / 2), -7 // 2, int(-7 / 2))
print((0.1).as_integer_ratio(), 3602879701896397 / 36028797018963968)
print(10 / 3 * 3, 1 - 0.9, 100 * 1.1)
print(float(123) / 100, 123 / 100, 123 // 100)
big = 12345678901234567890
print(big / 1, big // 1, float(big), int(float(big)))
print(5 == 5.0, 5 + 0.0, type(5 + 0.0).__name__, type(5 * 1.0).__name__, type(6 / 3).__name__)
for x in [0.1, 0.5, 1.5, 2.5, 1e300, 5e-324]:
    n, d = x.as_integer_ratio()
    print(x, n.bit_length(), d.bit_length(), n / d == x)
print(int("7") + 0.5, float(int(1e15)) == 1e15, int(-1e-300), int(1 - 1e-16))
print([int(f) for f in (1.9999999999999998, 2.0000000000000004, -1.5)])
