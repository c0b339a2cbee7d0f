# erf, erfc, gamma, lgamma (rounded for portability).
import math
def r(x):
    return float(f"{x:.10g}")
for x in [0, 0.5, 1, 2, -1, 3.5]:
    print(x, r(math.erf(x)), r(math.erfc(x)))
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf))
for x in [1, 2, 5, 10, 0.5, 1.5, -0.5, 171]:
    print(x, r(math.gamma(x)), r(math.lgamma(x)))
print(math.gamma(6) == 120.0, math.lgamma(1), math.lgamma(2), r(math.gamma(0.5) ** 2))
print(r(math.lgamma(1000)), math.gamma(math.inf), math.lgamma(-math.inf))
for n in range(1, 8):
    print(n, math.gamma(n), math.factorial(n - 1), r(math.exp(math.lgamma(n))))
print(r(math.gamma(0.5) / math.sqrt(math.pi)), r(math.erf(1) + math.erfc(1)))
print(r(math.lgamma(0.5)), r(math.log(math.sqrt(math.pi))))
print(math.erf(0.0), math.erf(-0.0), math.erfc(0.0))
print(r(math.gamma(-1.5)), r(math.lgamma(-1.5)))
print([r(math.erf(x / 2)) for x in range(-4, 5, 2)])
print(r(math.erfc(5)), r(math.erfc(-5)))
print(r(math.gamma(4.5)), r(math.lgamma(4.5)), r(math.gamma(1e-5)))
