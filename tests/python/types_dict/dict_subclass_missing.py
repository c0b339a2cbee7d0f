# dict subclasses: __missing__, overriding __setitem__, and what bypasses it.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello world":
    c[ch] += 1
print(sorted(c.items()))
print(c["zzz"], "zzz" in c, c.get("zzz"))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
u.update(b=2)
u.setdefault("c", 3)
print(u)
u2 = Upper(d=4)
print(u2)
class Tracking(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
t = Tracking(x=1)
print(t["x"], t.get("x"))
class Default(dict):
    def __init__(self, factory, *a, **kw):
        super().__init__(*a, **kw)
        self.factory = factory
    def __missing__(self, key):
        self[key] = value = self.factory()
        return value
g = Default(list)
g["fruits"].append("apple")
g["fruits"].append("fig")
g["veg"].append("kale")
print(g, type(g).__name__, isinstance(g, dict))
class Bad(dict):
    def __missing__(self, key):
        raise KeyError(f"custom missing: {key}")
try:
    Bad()["q"]
except KeyError as e:
    print(type(e).__name__, e)
