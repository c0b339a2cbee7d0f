# ceil, floor, trunc, modf, fmod, remainder, copysign, fabs.
import math
for x in [2.5, -2.5, 2.0, -0.5, 0.0, 1e20, 7, -7, 2 ** 70 + 0.0]:
    print(x, math.ceil(x), math.floor(x), math.trunc(x), type(math.ceil(x)).__name__)
print(math.modf(3.75), math.modf(-3.75), math.modf(0.0), math.modf(5), math.modf(math.inf), math.modf(-math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2), math.fmod(-0.0, 1), -7 % 3)
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(3, math.inf))
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1), math.copysign(math.inf, -2), math.copysign(1, math.nan) in (1.0, -1.0))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(math.inf), type(math.fabs(-3)).__name__)
print(math.ceil(math.nextafter(1, 2)), math.floor(-1e-300), math.trunc(-0.9))
class Floorable:
    def __floor__(self):
        return "custom floor"
    def __ceil__(self):
        return "custom ceil"
print(math.floor(Floorable()), math.ceil(Floorable()))
for bad in [lambda: math.ceil(math.inf), lambda: math.floor(math.nan), lambda: math.trunc(math.inf),
            lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1), lambda: math.remainder(1, 0),
            lambda: math.floor("1"), lambda: math.trunc("x"), lambda: math.fabs("1")]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
