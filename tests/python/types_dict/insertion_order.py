# Dicts preserve insertion order; updates keep position, delete+reinsert moves to end.
d = {}
d["zebra"] = 1
d["apple"] = 2
d["mango"] = 3
print(d, list(d))
d["zebra"] = 100
print(d)
del d["zebra"]
d["zebra"] = 1
print(d)
d.update({"apple": 0, "kiwi": 5})
print(d)
d.pop("apple")
d.setdefault("apple", 9)
print(list(d.keys()), list(d.values()))
print(dict.fromkeys("cab", 0))
print({**{"b": 1, "a": 2}, "c": 3, "b": 4})
e = dict(z=1, y=2, x=3)
print(e, sorted(e))
f = {i: i * i for i in (5, 3, 9, 1)}
print(f, list(f.items())[-1])
print(list(reversed(f)), list(reversed(f.items())))
g = {1: "a", 2: "b"}
g.popitem()
g[3] = "c"
print(g, g.popitem(), g)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
