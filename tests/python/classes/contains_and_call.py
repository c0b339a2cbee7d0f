# __contains__ and __call__ protocols.
class EvenNumbers:
    def __contains__(self, n):
        return isinstance(n, int) and n % 2 == 0
evens = EvenNumbers()
print(4 in evens, 5 in evens, "x" in evens, 7 not in evens)
class Truthy:
    def __contains__(self, x):
        return [1]
print(1 in Truthy())
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result
    def __repr__(self):
        return "Polynomial" + repr(self.coeffs)
p = Polynomial(1, 0, -1)
print(p, [p(x) for x in range(-2, 3)])
print(list(map(p, [10, 20])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return args, kwargs
c = Counter()
print(c(1, 2, k=3), c(), c.calls)
class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        print(f"checking {x}")
        return self.lo <= x < self.hi
iv = Interval(0, 10)
print([x for x in [-1, 0, 5, 10] if x in iv])
class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print(type(e).__name__, e)
