# comb, perm, factorial, isqrt, gcd, lcm, prod.
import math
print([math.factorial(n) for n in range(11)], math.factorial(25))
print(len(str(math.factorial(500))), math.factorial(100) % (10 ** 9 + 7))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(52, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(10, 3), math.perm(20, 10))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(12, 18, 27), math.gcd(), math.gcd(7))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(17, 19))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(), math.lcm(-4, 6), math.lcm(7))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 11)), math.prod([1, 2], start=10))
print(math.prod([3], start="ab"))
print(math.comb(True, True), math.factorial(True))
class I:
    def __index__(self):
        return 6
print(math.factorial(I()), math.comb(I(), 2), math.isqrt(I()), math.gcd(I(), 4))
def binomial_row(n):
    return [math.comb(n, k) for k in range(n + 1)]
for n in range(7):
    print(f"{' '.join(map(str, binomial_row(n))):^30}".rstrip())
print(sum(binomial_row(20)) == 2 ** 20, math.perm(10, 3) == math.comb(10, 3) * math.factorial(3))
print(math.gcd(*range(12, 100, 6)), math.lcm(*range(1, 11)), math.isqrt(99) ** 2, math.isqrt(100) ** 2)
