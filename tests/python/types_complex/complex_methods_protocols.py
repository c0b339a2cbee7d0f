# Complex interacting with other numeric types and protocols.
import math
z = 1 + 1j
print(isinstance(z, complex), isinstance(1, complex), isinstance(1.0, complex))
print(z + True, z * False, z == (1 + 1j) * 1.0)
print(sorted([3j, 1j, 2j], key=abs), max([1 + 1j, 3j, 2], key=abs))
print(sum([1 + 1j] * 3), [c.real for c in (1j, 2 + 3j)])
print(complex.__name__, complex.conjugate(2 - 3j))
try:
    math.sqrt(-1 + 0j)
except TypeError as e:
    print(type(e).__name__, e)
print(math.hypot(z.real, z.imag) == abs(z))
roots = [complex(round(math.cos(2 * math.pi * k / 4), 10), round(math.sin(2 * math.pi * k / 4), 10)) for k in range(4)]
print(roots)
d = {1j: "imag", 1: "one"}
print(d[1 + 0j], d[1j], 1 + 0j in {1})
def quadratic_roots(a, b, c):
    disc = b * b - 4 * a * c
    sq = complex(disc) ** 0.5 if disc < 0 else disc ** 0.5
    return ((-b + sq) / (2 * a), (-b - sq) / (2 * a))
for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 4)]:
    r1, r2 = quadratic_roots(*coeffs)
    print(coeffs, complex(round(r1.real, 9), round(r1.imag, 9)) if isinstance(r1, complex) else r1,
          complex(round(r2.real, 9), round(r2.imag, 9)) if isinstance(r2, complex) else r2)
print(complex(1, 1).__abs__() == abs(1 + 1j), (2 + 3j).__neg__(), (2 + 3j).__pos__())
