# keys/values/items views are live, support set operations, and length.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), "a" in k, 2 in v, ("c", 3) in it, ("c", 4) in it)
d["d"] = 4
print(list(k), list(v), list(it))
del d["a"]
print(k, len(v))
print(k & {"b", "z"} == {"b"}, sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("b", 2), ("x", 0)}), k == {"b", "c", "d"}, k.isdisjoint({"x"}))
print(type(k).__name__, type(v).__name__, type(it).__name__)
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
try:
    v & {1}
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(d.keys())), list(reversed(d.values())))
print(d.keys().mapping == d if hasattr(d.keys(), "mapping") else "no mapping")
x = {1: "a"}
for key in list(x):
    x[key * 10] = "copy of keys allows mutation"
print(x)
