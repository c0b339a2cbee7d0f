# dict methods: get, setdefault, pop, popitem, update, copy, clear, fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d["a"])
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("missing", "default"), d)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.update(x=1, y=2)
d.update([("p", 0), ("q", 9)])
d.update({"x": 10})
print(d)
c = d.copy()
c["new"] = True
print("new" in d, "new" in c)
c.clear()
print(c, len(c), d)
print(dict.fromkeys(["a", "b"]), dict.fromkeys(range(3), []))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update(["ab", "cde"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
print(d.get("x", None), d.pop("x"), "x" in d)
