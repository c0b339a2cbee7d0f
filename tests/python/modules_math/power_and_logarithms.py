# exp, exp2, expm1, log, log2, log10, log1p, pow, sqrt, cbrt (printed to 12 significant digits).
import math
def r(x):
    return float(f"{x:.12g}")
print(r(math.exp(1)), math.exp(0), r(math.exp(-1)), r(math.exp(10)), math.exp(-math.inf), math.exp(math.inf))
print(math.exp2(10), math.exp2(0.5) == math.sqrt(2) or r(math.exp2(0.5)), math.exp2(-1))
print(r(math.expm1(1e-10)), r(math.expm1(1)), math.expm1(0))
print(math.log(1), r(math.log(math.e)), r(math.log(100, 10)), r(math.log(8, 2)), r(math.log(10)), r(math.log(2 ** 1000)))
print(math.log2(8), math.log2(1024), r(math.log2(3)), math.log10(1000), math.log10(1e-5), r(math.log10(2)))
print(r(math.log1p(1e-10)), r(math.log1p(1)), math.log1p(0))
print(math.log(10 ** 400) > 900, r(math.log10(10 ** 400)), r(math.log2(2 ** 2000)))
print(math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.pow(-1, math.inf), math.pow(0.5, math.inf), math.pow(2, -math.inf), type(math.pow(2, 2)).__name__)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(math.inf), math.sqrt(10 ** 100))
print(r(math.cbrt(27)), r(math.cbrt(-8)), r(math.cbrt(2)), math.cbrt(0.0))
print(math.isqrt(17), r(math.sqrt(17)), math.sqrt(1e-300))
for base in [2, 10, math.e]:
    print(r(math.log(1000, base)), r(math.log(base ** 3, base)))
print([math.log2(2 ** k) for k in range(0, 64, 9)])
print([r(math.log10(10 ** k)) for k in range(-3, 4)])
print(math.sqrt(2) ** 2 == 2, r(math.sqrt(2) ** 2), math.isqrt(2 ** 100) == 2 ** 50)
print(r(math.pow(2, 0.5)), r(math.exp(math.log(7))))
