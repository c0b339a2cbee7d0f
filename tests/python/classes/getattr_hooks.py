# __getattr__ (fallback) versus __getattribute__ (every access).
class Fallback:
    existing = "real attribute"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return f"dynamic {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
f = Fallback()
print(f.existing, f.dyn_value)
try:
    f.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(f, "missing", "default used"), hasattr(f, "dyn_x"), hasattr(f, "nope"))
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
l = Logged()
print(l.x)
try:
    l.y
except AttributeError as e:
    print(type(e).__name__, e)
class Both:
    def __getattribute__(self, name):
        if name == "special":
            return "from __getattribute__"
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "from __getattr__: " + name
b = Both()
print(b.special, b.other)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        print("proxy set", name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        print("proxy del", name)
        delattr(self._target, name)
class Target:
    pass
t = Target()
p = Proxy(t)
p.color = "red"
print(p.color, t.color)
del p.color
print(hasattr(t, "color"))
class Plain:
    pass
try:
    Plain().nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Plain.nothing
except AttributeError as e:
    print(type(e).__name__, e)
class WithGetattrRaisingOther:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    getattr(WithGetattrRaisingOther(), "q", "default")
except KeyError as e:
    print("KeyError propagates through getattr default:", e)
