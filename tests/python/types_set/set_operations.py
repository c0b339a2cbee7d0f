# Set algebra with operators and methods (small ints print in hash order).
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10, 11], (12,)), a.intersection(range(3, 10), [5, 4]), a.difference([1], {2}))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint({8, 9}), a.isdisjoint([5]), {1} == {1}, {1} != {1, 2})
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
c = set(a)
c |= {100}
c &= {1, 2, 100}
c -= {2}
c ^= {1, 50}
print(c)
print(set(), set("aab") == {"a", "b"}, len(set("mississippi")), sorted(set("mississippi")))
print({x % 3 for x in range(10)}, set(range(5)), set([3, 1, 2, 3]))
