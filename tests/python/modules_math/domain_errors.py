# ValueError("math domain error") from functions given arguments outside their domain
# (log with base 1 divides by log(1) == 0 and raises ZeroDivisionError instead).
import math
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log(10, 1)", lambda: math.log(10, 1)),
    ("log(10, 0)", lambda: math.log(10, 0)),
    ("log10(-5)", lambda: math.log10(-5)),
    ("log2(0)", lambda: math.log2(0)),
    ("log1p(-1)", lambda: math.log1p(-1)),
    ("log(-10**400)", lambda: math.log(-(10 ** 400))),
    ("asin(2)", lambda: math.asin(2)),
    ("acos(-1.5)", lambda: math.acos(-1.5)),
    ("acosh(0.5)", lambda: math.acosh(0.5)),
    ("atanh(1)", lambda: math.atanh(1)),
    ("atanh(-2)", lambda: math.atanh(-2)),
    ("sin(inf)", lambda: math.sin(math.inf)),
    ("cos(-inf)", lambda: math.cos(-math.inf)),
    ("tan(inf)", lambda: math.tan(math.inf)),
    ("gamma(0)", lambda: math.gamma(0)),
    ("gamma(-1)", lambda: math.gamma(-1)),
    ("lgamma(-2)", lambda: math.lgamma(-2)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("fmod(inf, 2)", lambda: math.fmod(math.inf, 2)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("remainder(inf, 1)", lambda: math.remainder(math.inf, 1)),
    ("gamma(-inf)", lambda: math.gamma(-math.inf)),
    ("sqrt(-inf)", lambda: math.sqrt(-math.inf)),
]
for text, fn in cases:
    try:
        print(text, "=", fn())
    except (ValueError, ZeroDivisionError) as e:
        print(text, "->", type(e).__name__ + ":", e)
print(math.sqrt(math.nan), math.log(math.nan), math.sin(math.nan))
