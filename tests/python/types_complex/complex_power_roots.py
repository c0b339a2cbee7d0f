# Integer powers and simple roots of complex numbers (values rounded for portability).
def show(z):
    return complex(round(z.real, 9) + 0.0, round(z.imag, 9) + 0.0)
for n in range(-3, 6):
    print(n, (1 + 1j) ** n, (2j) ** n)
print(show((1j) ** 0.5), show((-1 + 0j) ** 0.5), show(4 ** 0.5j))
print(show((3 + 4j) ** 0.5))
z = 1 + 2j
w = z
for _ in range(10):
    w = w * z
print(w, z ** 11, w == z ** 11)
def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
rows = []
for y in range(-2, 3):
    rows.append("".join("#" if mandel(complex(x / 4, y / 2)) == 50 else "." for x in range(-8, 3)))
print("\n".join(rows))
