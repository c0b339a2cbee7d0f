# object and type: the roots of the type system.
o = object()
print(type(o).__name__, type(object), type(type), object.__bases__, type.__bases__)
print(isinstance(o, object), isinstance(type, object), isinstance(object, type), issubclass(type, object))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(o == o, o != object(), hash(o) == hash(o))
print(object.__name__, object.__qualname__, type.__name__, int.__class__ is type)
print(str(object)[:15], repr(type))
class A:
    pass
print(type(A), type(A()), A.__class__, A().__class__, A.__name__, A.__module__)
print(type(1), type(1.0), type("s"), type([]), type({}), type(()), type(set()), type(None), type(len))
print(type(lambda: 0).__name__, type(print).__name__, type(A.__init__).__name__, type([].append).__name__)
print(type(type(1)) is type, type(int) is type, type("x") is str)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print([k.__name__ for k in type(True).__mro__])
