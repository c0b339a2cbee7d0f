# Lexicographic tuple comparison used for multi-key sorting.
people = [("smith", "john", 40), ("doe", "jane", 25), ("smith", "anna", 31), ("doe", "jane", 22)]
print(sorted(people))
print(sorted(people, key=lambda p: (p[2] // 10, p[0])))
print(sorted(people, key=lambda p: (-p[2], p[1])))
print(max(people), min(people, key=lambda p: p[2]))
print((1, 2, 3) == (1, 2, 3), (1, 2) == [1, 2], (1, "a") < (1, "b"), (1, 2) <= (1, 2))
print((0, float("nan")) == (0, float("nan")))
try:
    (1, "a") < ("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print((1, "a") < (2, 1))
versions = ["1.10.0", "1.2.10", "1.2.9", "0.9", "1.10"]
print(sorted(versions, key=lambda v: tuple(int(x) for x in v.split("."))))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, reverse=True), sorted(pairs, key=lambda p: p[1]))
print(min(pairs), max(pairs), sorted(pairs)[0] == min(pairs))
print((1, 2, 3) > (1, 2), (1, 2) > (1, 1, 9), () == (), (0,) > ())
print((1, [2]) == (1, [2]), (1, [2]) < (1, [3]), ("a", 1) < ("a", 1.5))
ranking = sorted([("ann", 90, 3), ("bob", 90, 1), ("cy", 85, 2)], key=lambda r: (-r[1], r[2]))
print([r[0] for r in ranking])
