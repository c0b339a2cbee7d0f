# Builtins over sets: len, min, max, sum, sorted, any, all, in.
s = {4, 8, 15, 16, 23, 42}
print(len(s), min(s), max(s), sum(s), sorted(s, reverse=True))
print(any(x > 40 for x in s), all(x % 2 == 0 for x in s), 15 in s, 14 in s)
print(sorted(map(lambda x: x * 2, s)), sorted(filter(lambda x: x > 10, s)))
print(list(enumerate(sorted(s)))[:2], set(zip([1, 2], [3, 4])) == {(1, 3), (2, 4)})
print(set(), bool(set()), bool({0}), repr(set()), str({1}))
print(max(set(), default=None), min({3, 1}, key=lambda x: -x))
evens = {x for x in range(10) if x % 2 == 0}
odds = set(range(1, 10, 2))
print(len(evens | odds), sum(evens), sum(odds), max(evens | odds))
print(sorted(evens, key=lambda x: -x), sorted(odds | {100}))
print(sorted(zip(sorted(evens), sorted(odds))))
print(any(x > 8 for x in odds), all(x < 10 for x in evens))
print(list(map(str, sorted({3, 1, 2}))), "".join(sorted(set("mississippi"))))
print(len(set()), len({()}), len({0, 0.0, False}))
counts = {}
for x in [1, 2, 2, 3, 3, 3]:
    counts[x] = counts.get(x, 0) + 1
print(set(counts), set(counts.values()), {v for v in counts.values() if v > 1})
print(set(enumerate("ab")) == {(0, "a"), (1, "b")})
print(frozenset(range(3)) | set(range(2, 5)), set(range(3)) & frozenset({1, 2}))
try:
    min(set())
except ValueError as e:
    print(type(e).__name__, e)
