# Dict and set comprehensions.
print({k: k ** 2 for k in range(5)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 4 for x in range(20)})
print({c: i for i, c in enumerate("hello")})
print({(i, j): i * j for i in range(2) for j in range(2)})
words = ["one", "two", "three", "four"]
print({w: len(w) for w in words if len(w) > 3})
print(sorted({len(w) for w in words}))
print({i: [j for j in range(i)] for i in range(4)})
print({x for x in [3, 1, 3, 2, 1]})
print({k: v for k, v in zip("abc", range(3))})
print({1: "a", **{k: str(k) for k in range(3)}})
dup = {k % 2: k for k in range(6)}
print(dup)
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
nested = {outer: {inner: outer * inner for inner in range(3)} for outer in range(1, 3)}
print(nested)
