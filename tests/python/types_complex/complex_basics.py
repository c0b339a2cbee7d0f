# Complex numbers: construction, parts, repr, conjugate, abs.
z = 3 + 4j
print(z, z.real, z.imag, z.conjugate(), abs(z), type(z).__name__)
print(complex(), complex(1), complex(1, 2), complex(1.5, -0.5), complex("1+2j"), complex(" 3-4j "))
print(complex("j"), complex("-j"), complex("2.5"), complex("1e3j"), complex("(1+2j)"), complex("inf+nanj"))
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(0, -0.0)), repr(complex(-0.0, 0)))
print(repr(1 + 0j), repr(1.5 + 2.25j), repr(complex(1e20, 1e-20)), repr(complex(float("inf"), float("nan"))))
print(str(2j), str(1 - 1j), f"{1+2j}", [1j, 2 + 0j])
print(complex(1, 2) == 1 + 2j, 1 + 0j == 1, 1j == 1, (1 + 0j) == 1.0)
print(hash(1 + 0j) == hash(1), hash(2j) == hash(2j))
print(complex(2j, 1j), complex(1 + 1j, 1))
for bad in ["1+", "j1", "1 + 2j", "abc", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(None)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 5j
print(complex(C()))
print((1j).real, (1j).imag, (5 + 0j).imag, complex(True, False))
print(bool(0j), bool(1j), bool(0 + 0j), bool(complex(0, -0.0)))
