# Complex arithmetic and errors.
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a)
print(a + 1, 1 + a, a * 2, 2.5 * a, a / 2, 1 / a)
print(a ** 2, a ** 0, 1j ** 2, 2 ** 1j == 2 ** 1j, (1 + 1j) ** 3)
print(abs(3 + 4j), abs(-5j), abs(complex(0, 0)))
print(1j * 1j, (1j) ** 4, 0j ** 0)
print(a == complex(1, 2), a != b)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a // b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a % 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    a / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(a)
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1j, 2j, 3]), (2 + 2j) / (1 + 1j))
print(pow(2j, 2), divmod.__name__)
try:
    divmod(a, 1)
except TypeError as e:
    print(type(e).__name__, e)
