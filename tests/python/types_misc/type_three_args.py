# type(name, bases, namespace) builds classes dynamically.
def greet(self):
    return f"hi from {type(self).__name__} with {self.value}"
Base = type("Base", (), {"value": 1, "greet": greet, "__repr__": lambda self: "<Base instance>"})
b = Base()
print(b.greet(), repr(b), Base.__name__, Base.__qualname__, Base.__module__, Base.__bases__)
Derived = type("Derived", (Base,), {"value": 2, "extra": staticmethod(lambda: "static!")})
d = Derived()
print(d.greet(), Derived.extra(), [c.__name__ for c in Derived.__mro__], isinstance(d, Base))
Meta = type("Meta", (type,), {"tag": "meta"})
WithMeta = Meta("WithMeta", (), {})
print(type(WithMeta).__name__, WithMeta.tag)
print(type("E", (), {}).__doc__, type("D", (), {"__doc__": "documented"}).__doc__)
Slotted = type("Slotted", (), {"__slots__": ("a",)})
s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(type("Q", (int,), {})(5) + 1)
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(b"X", (), {})
except TypeError as e:
    print(type(e).__name__, e)
