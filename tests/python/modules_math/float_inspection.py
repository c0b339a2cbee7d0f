# frexp, ldexp, nextafter, ulp, isclose, isfinite, isinf, isnan, fsum.
import math
for x in [1.0, 8.0, 0.1, -3.5, 0.0, 1e-310, 1e308]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
print(math.frexp(math.inf), math.frexp(-0.0), math.ldexp(1, 1024 - 1), math.ldexp(1, -1074), math.ldexp(1, -1075))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(1, 1), math.nextafter(0.0, -1))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e16), math.ulp(-2.0), math.ulp(math.inf), math.ulp(1e308))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.isfinite(0.0), math.isfinite(math.nan), math.isinf(-math.inf), math.isnan(float("nan")), math.isinf(1e308 * 10))
print(math.isfinite(10 ** 300), math.isnan(5), math.isinf(True))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum(range(5)))
print(math.fsum([1e308, 1.0, -1e308]), math.fsum([0.1, 0.2, 0.3]) == 0.6)
for bad in [lambda: math.isclose(1, 1, rel_tol=-1), lambda: math.fsum([math.inf, -math.inf]),
            lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([1e308, 1e308, -1e308]), lambda: math.ldexp(1.0, 1.5), lambda: math.frexp("x")]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.ldexp(1.0, 10 ** 20 * -1), math.ldexp(0.0, 10 ** 20))
try:
    math.ldexp(1.0, 10 ** 20)
except OverflowError as e:
    print(type(e).__name__, e)
