# Float arithmetic: floor division, modulo signs, power, mixed int/float.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (5, 0.5), (1e300, 1e-300), (0.1, 0.03)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(2.0 ** 10, 2 ** 0.5, 4 ** -0.5, (-8.0) ** 3, 0.0 ** 0, 10.0 ** -3)
print(type((-8) ** 0.5).__name__)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 1e308 + 1e308)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, inf > 1e308)
print(nan + 1, nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(-0.0 == 0.0, str(-0.0), str(0.0 * -1), str(-0.0 + 0.0), str(-0.0 - 0.0))
print(5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf)
print(7 % 2.5, -7 % 2.5, 7 // 2.5, -7 // 2.5)
print(abs(-3.5), abs(-0.0), -(-2.5), +1.5)
print(sum([0.1] * 10), 0.1 + 0.1 + 0.1 == 0.3)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 5000
except OverflowError as e:
    print(type(e).__name__)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
