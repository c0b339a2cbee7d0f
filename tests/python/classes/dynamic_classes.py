# Creating classes with type(name, bases, dict) and modifying them at runtime.
def init(self, v):
    self.v = v
Dyn = type("Dyn", (), {"__init__": init, "double": lambda self: self.v * 2, "tag": "dynamic"})
d = Dyn(21)
print(type(d).__name__, d.double(), Dyn.tag, Dyn.__name__, Dyn.__bases__)
Child = type("Child", (Dyn,), {"triple": lambda self: self.v * 3})
c = Child(5)
print(c.double(), c.triple(), isinstance(c, Dyn), [k.__name__ for k in Child.__mro__])
Dyn.added = lambda self: "added later"
print(c.added())
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__qualname__, Empty.__module__)
try:
    type("Bad", 1, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Bad", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", "B")
except TypeError as e:
    print(type(e).__name__, e)
class Original:
    def method(self):
        return "original"
o = Original()
Original.method = lambda self: "patched"
print(o.method())
o.__class__ = Dyn
o.v = 1
print(type(o).__name__, o.double())
Renamed = type("Renamed", (), {})
Renamed.__name__ = "NewName"
print(Renamed.__name__, Renamed.__qualname__)
def make_class(n):
    class Local:
        value = n
    return Local
k1, k2 = make_class(1), make_class(2)
print(k1.value, k2.value, k1 is k2, k1.__qualname__)
