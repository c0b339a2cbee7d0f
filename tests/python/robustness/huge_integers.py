# Very large integers: arithmetic stays exact.
n = 2 ** 10000
print(n.bit_length(), len(str(n)), str(n)[:20], str(n)[-20:])
m = 3 ** 5000
print(m % 1000000007, (n * m) % 999999937, (n // m).bit_length())
f = 1
for i in range(2, 1001):
    f *= i
print(len(str(f)), str(f)[:30], f % (2 ** 61 - 1))
trailing = 0
while f % 10 == 0:
    f //= 10
    trailing += 1
print("trailing zeros of 1000!:", trailing)
a, b = 0, 1
for _ in range(5000):
    a, b = b, a + b
print(len(str(a)), a % 10 ** 12)
print(pow(7, 10 ** 6, 10 ** 9 + 7), pow(2, 2 ** 20, 10 ** 10))
x = 10 ** 1000 + 1
print((x * x - 1) // (x - 1) == x + 1, -x // 7 == -(x // 7) - 1, x % 7)
print(int("7" * 3000) % 97, len(hex(2 ** 4000)))
print(sum(range(10 ** 6)) == (10 ** 6 - 1) * 10 ** 6 // 2)
