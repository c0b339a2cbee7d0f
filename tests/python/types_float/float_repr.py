# Shortest round-tripping float repr and str.
for x in [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, -0.0, 100.0, 1e16, 1e15, 123456789.123,
          1e-4, 1e-5, 0.0001234, 1e22, 1e21, 1.5e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 3.141592653589793, 2.718281828459045, 9007199254740993.0,
          0.30000000000000004, 1234567890123456789.0, 0.5, 4.35, 2.675, 1e100, 12345.678e10]:
    print(repr(x), str(x))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print(repr(float("inf")), str(float("-inf")))
print([1.0, 2.5, float("inf")], (0.1,))
print(1e16 + 1, 1e16 + 2, 2.0 ** 60, 2.0 ** -30)
print(float(2 ** 63), float(-(2 ** 63)), float(10 ** 22), float(10 ** 23))
print(0.1 * 3, 0.1 * 10, 1.1 * 1.1, 3 * 1.1)
values = [0.1 * i for i in range(1, 11)]
print(values)
print([round(v, 1) for v in values])
print(repr(1.0 / 3), repr(2.0 / 3), repr(10.0 / 3), repr(1e-7 / 3))
print(str(123456789012345.6), str(1234567890123456.7), str(12345678901234567.8))
print(0.1 + 0.7, 1.1 + 2.2, 3.3 * 3, 1.15 * 100, 4.35 * 100)
print(repr(float("1e-320")), repr(float("4.9e-324")), repr(float("2e-323")))
print(float(1 << 53) + 1.0, float((1 << 53) + 1), 2.0 ** 53 + 2)
