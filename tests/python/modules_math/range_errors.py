# OverflowError("math range error") when results are too large to represent.
import math
cases = [
    ("exp(1000)", lambda: math.exp(1000)),
    ("exp2(2000)", lambda: math.exp2(2000)),
    ("expm1(1000)", lambda: math.expm1(1000)),
    ("pow(10, 400)", lambda: math.pow(10, 400)),
    ("pow(-10, 401)", lambda: math.pow(-10, 401)),
    ("cosh(1000)", lambda: math.cosh(1000)),
    ("sinh(-1000)", lambda: math.sinh(-1000)),
    ("gamma(200)", lambda: math.gamma(200)),
    ("lgamma(1e308)", lambda: math.lgamma(1e308)),
    ("ldexp(1, 2000)", lambda: math.ldexp(1, 2000)),
    ("sqrt(10**400)", lambda: math.sqrt(10 ** 400)),
    ("exp(10**400)", lambda: math.exp(10 ** 400)),
    ("hypot(1e308, 1e308)", lambda: math.hypot(1e308, 1e308)),
]
for text, fn in cases:
    try:
        print(text, "=", fn())
    except OverflowError as e:
        print(text, "->", type(e).__name__ + ":", e)
print(math.exp(-1000), math.pow(10, -400), math.ldexp(1, -2000))
print("final: an uncaught math range error")
math.exp(710)
