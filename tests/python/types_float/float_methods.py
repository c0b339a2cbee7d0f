# float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag.
for x in [1.0, 1.5, -2.0, 0.1, 1e20, -0.0]:
    print(x, x.is_integer(), x.as_integer_ratio())
print(float("inf").is_integer(), float("nan").is_integer())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
for x in [1.0, 0.5, 0.1, -2.75, 1e-10, 0.0, -0.0, 3.141592653589793, 1.7976931348623157e308, 5e-324]:
    print(x.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("1p4"))
print(float.fromhex("inf"), float.fromhex("0x1.fffffffffffffp+1023"))
try:
    float.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float.fromhex("0x1p10000")
except OverflowError as e:
    print(type(e).__name__, e)
x = 2.5
print(x.real, x.imag, x.conjugate(), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__())
print((-2.5).__floor__(), (-2.5).__ceil__(), (-2.5).__trunc__(), (2.567).__round__(2))
print(float.__name__, type(1.5).__name__, (1.5).__class__ is float)
