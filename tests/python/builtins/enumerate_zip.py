# enumerate() and zip(), including zip(strict=True).
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([])))
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), next(e), next(e, "done"))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("a", "b", "c")))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [3, 4], [5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [3], [5, 6], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
calls = []
def counting(n):
    for i in range(n):
        calls.append(i)
        yield i
print(list(zip(counting(5), "ab")), calls)
for bad in [lambda: enumerate(5), lambda: zip(1, [2]), lambda: enumerate([], "1"), lambda: enumerate()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
for i, (a, b) in enumerate(zip("xy", "pq"), start=1):
    print(i, a, b)
