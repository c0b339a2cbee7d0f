# min() and max() with iterables, multiple args, key, and default.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min((5,)), max(range(10)))
print(min("b", "a", "c"), max([1, 2], [1, 3]), min([1.5, 1, 2]), max(1, 1.0), max(1.0, 1))
words = ["kiwi", "fig", "banana", "apple"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min([], default="none"), max([], default=None), min([3], default=0), max((x for x in []), default=-1))
print(max([("b", 1), ("a", 2)], key=lambda t: t[1]), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(max([3, 1, 3], key=lambda x: x), max([(1, "first"), (1, "second")], key=lambda t: t[0]))
print(min([(1, "first"), (1, "second")], key=lambda t: t[0]))
print(max(1, 2, key=lambda x: -x), min(1, 2, 3, key=lambda x: x % 3))
errors = [
    lambda: min([]),
    lambda: max(),
    lambda: max(5),
    lambda: min(1, "a"),
    lambda: max(1, 2, default=0),
    lambda: min([1], key=5),
    lambda: max([1], bogus=1),
]
for fn in errors:
    try:
        print(fn())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("max of an empty sequence, uncaught")
max([])
