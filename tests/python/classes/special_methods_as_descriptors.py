# dunders stored as staticmethod, classmethod, property, custom descriptors or plain callables are bound (or not) as CPython's lookup_maybe_method does
class A:
    __len__ = staticmethod(lambda: 5)
print(len(A()))
class B:
    __eq__ = property(lambda s: lambda o: "eq")
print(B() == 1)
class C:
    @classmethod
    def __repr__(cls): return f"<cls {cls.__name__}>"
print(repr(C()))
class Call:
    def __call__(self, *a): return ("called", a)
class D:
    __getitem__ = Call()
print(D()[3])
class G:
    def __get__(self, obj, t): return lambda *a: ("bound", type(obj).__name__, a)
class E:
    __iter__ = G()
    __contains__ = G()
print(E().__iter__(), 5 in E())
class F:
    __hash__ = None
try: hash(F())
except TypeError as e: print(e)
class H:
    def __len__(self): return 3
print(len(H()))
class I:
    __str__ = staticmethod(lambda: "static str")
print(str(I()), f"{I()!s}")
