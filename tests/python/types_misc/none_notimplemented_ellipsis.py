# The singletons None, NotImplemented and Ellipsis.
print(None, repr(None), type(None).__name__, None is None, None == None, None != 0)
print(bool(None), str(None), [None] * 2, {None: 1}[None])
NoneType = type(None)
print(NoneType() is None, isinstance(None, NoneType))
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
def f():
    pass
print(f() is None, print() is None)
print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
print((1).__add__("x") is NotImplemented, (1).__eq__("x"))
print(..., Ellipsis, repr(...), type(...).__name__, ... is Ellipsis, type(...)() is ...)
print(bool(...), [...], str(Ellipsis))
def stub(): ...
print(stub())
x = [1, ..., 3]
print(x.count(...), x.index(Ellipsis))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis))
