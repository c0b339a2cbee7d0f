# dict() constructor forms.
print(dict())
print(dict(a=1, b=2))
print(dict([("a", 1), ("b", 2)]))
print(dict([("a", 1)], b=2))
print(dict({"a": 1}, a=5))
print(dict(zip("abc", range(3))))
print(dict(["ab", "cd"]))
print(dict([[1, 2], (3, 4)]))
print(dict(((i, i ** 2) for i in range(3))))
class Mapping:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()))
for bad in [lambda: dict(1), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: dict({}, {}),
            lambda: dict([("a",)]), lambda: dict(**{1: 2})]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict(dict(a=1)) == {"a": 1}, dict.fromkeys("ab", None))
d = {"x": [1]}
d2 = dict(d)
d2["x"].append(2)
print(d, d is d2)
print({1: 2} | {3: 4}, {1: 2, 3: 4} | {1: 9})
e = {"a": 1}
e |= {"b": 2}
e |= [("c", 3)]
print(e)
try:
    {"a": 1} | [("b", 2)]
except TypeError as err:
    print(type(err).__name__, err)
