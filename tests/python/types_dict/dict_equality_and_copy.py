# Dict equality ignores order; copies are shallow; dicts are unhashable and unorderable.
a = {"x": [1, 2], "y": {"z": 3}}
b = {"y": {"z": 3}, "x": [1, 2]}
print(a == b, a != b, a is b)
c = a.copy()
c["x"].append(3)
c["w"] = 0
print(a, c)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print({1: 1} == {1: 1.0}, {1: "a"} == {True: "a"}, {} == dict())
print({"a": float("nan")} == {"a": float("nan")})
n = float("nan")
print({"a": n} == {"a": n})
print(len({}), bool({}), bool({0: 0}), {None: None}[None])
