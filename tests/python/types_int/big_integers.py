# Arbitrary precision integers: factorials, powers, division, string conversion.
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)), f % 1000003, f // 10 ** 60)
big = 2 ** 521 - 1
print(big)
print(big % 97, big.bit_length(), big // (2 ** 500))
print(3 ** 200)
print(-(3 ** 200) // 7, -(3 ** 200) % 7)
a = 123456789123456789123456789
b = 987654321987654321
print(a * b, a // b, a % b, divmod(a, -b))
print(a - b * (a // b) == a % b)
print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, 2 ** 64, 97))
print(int("9" * 100) + 1 == 10 ** 100)
print(hex(2 ** 128), oct(2 ** 64), bin(2 ** 70))
print(10 ** 50 == 10 ** 50, 10 ** 50 < 10 ** 50 + 1, -(10 ** 50) < 0)
x = 1
for _ in range(10):
    x = x * x + 1
print(x % (10 ** 20), x.bit_length())
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
print(abs(-(10 ** 40)), -(-(10 ** 40)))
print((10 ** 40) / 10 ** 38, (10 ** 400) // (10 ** 399))
print(float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(str(-(10 ** 30)), repr(10 ** 25))
