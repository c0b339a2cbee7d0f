# getattr, setattr, hasattr, delattr.
class Obj:
    cls_val = "class"
    def method(self):
        return "method called"
o = Obj()
setattr(o, "x", 10)
print(getattr(o, "x"), getattr(o, "cls_val"), getattr(o, "missing", "dflt"), getattr(o, "method")())
print(hasattr(o, "x"), hasattr(o, "missing"), hasattr(Obj, "method"), hasattr(5, "real"))
delattr(o, "x")
print(hasattr(o, "x"))
setattr(o, "with space", 1)
print(getattr(o, "with space"), vars(o))
try:
    getattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hasattr(o)
except TypeError as e:
    print(type(e).__name__, e)
class Raiser:
    @property
    def boom(self):
        raise ValueError("not an AttributeError")
try:
    hasattr(Raiser(), "boom")
except ValueError as e:
    print("hasattr propagates:", type(e).__name__, e)
print(getattr(Raiser, "boom").__class__.__name__)
for name in ["upper", "lower", "title"]:
    print(getattr("MiXed", name)())
