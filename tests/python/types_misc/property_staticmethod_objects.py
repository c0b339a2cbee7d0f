# property, staticmethod and classmethod are objects with attributes.
def getter(self):
    return "got"
p = property(getter, doc="a docstring")
print(type(p).__name__, p.fget is getter, p.fset, p.fdel, p.__doc__)
p2 = p.setter(lambda self, v: None)
print(p2 is p, p2.fget is getter, p2.fset is not None)
sm = staticmethod(len)
cm = classmethod(getter)
print(type(sm).__name__, sm.__func__ is len, type(cm).__name__, cm.__func__ is getter)
print(sm("abc"))
class C:
    prop = p
    s = sm
    c = cm
print(C().prop, C.s([1, 2]), C.c(), C().c())
print(isinstance(C.__dict__["prop"], property), C.prop is p)
try:
    p.__get__(C())
    print(p.__get__(C()))
except TypeError as e:
    print(type(e).__name__, e)
try:
    C().prop = 5
except AttributeError as e:
    print(type(e).__name__, e)
ro = property()
class D:
    x = ro
try:
    D().x
except AttributeError as e:
    print(type(e).__name__, e)
print(getter.__name__, getattr(p, "__isabstractmethod__", False))
