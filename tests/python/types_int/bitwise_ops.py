# Bitwise operators on positive, negative and large integers.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 & 0xFF, -256 & 0xFF, -1 | 0, -5 ^ 3, ~0, ~-1)
print(-1 >> 10, -1024 >> 3, -1 << 4, 1 << 64, (1 << 64) >> 63)
print(2 ** 100 & (2 ** 100 - 1), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 99))
print(-(2 ** 100) & 0xFFFF, -(2 ** 100) >> 90, ~(2 ** 100))
print(0 >> 100, 5 >> 100, -5 >> 100)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
mask = 0
for bit in [0, 3, 5]:
    mask |= 1 << bit
print(mask, bin(mask), [i for i in range(8) if mask >> i & 1])
x = 0b10110
print(x & -x, x & (x - 1), bin(x).count("1"))
