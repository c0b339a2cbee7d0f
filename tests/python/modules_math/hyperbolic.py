# Hyperbolic functions and their inverses (rounded for portability).
import math
def r(x):
    return float(f"{x:.12g}")
for x in [0, 0.5, 1, -1, 2, 10]:
    print(x, r(math.sinh(x)), r(math.cosh(x)), r(math.tanh(x)), r(math.asinh(x)))
print(math.acosh(1), r(math.acosh(2)), r(math.acosh(10)))
print(math.atanh(0), r(math.atanh(0.5)), r(math.atanh(-0.9)))
print(math.tanh(math.inf), math.tanh(-math.inf), math.sinh(math.inf), math.cosh(-math.inf), math.asinh(math.inf))
print(r(math.asinh(math.sinh(1.5))), r(math.acosh(math.cosh(2.5))), r(math.atanh(math.tanh(0.3))))
for x in [0.1, 1.0, 5.0]:
    identity = math.cosh(x) ** 2 - math.sinh(x) ** 2
    print(x, round(identity, 6), abs(math.tanh(x) - math.sinh(x) / math.cosh(x)) < 1e-12)
print(r(math.sinh(-2.5)) == -r(math.sinh(2.5)), r(math.cosh(-2.5)) == r(math.cosh(2.5)))
print(math.sinh(0.0), math.sinh(-0.0), math.tanh(-0.0), math.asinh(-0.0))
for bad in [lambda: math.acosh(0), lambda: math.atanh(1.0), lambda: math.cosh(1e4), lambda: math.sinh("1")]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(r(math.atanh(0.999999)), r(math.acosh(1e10)), r(math.asinh(-1e10)))
