# __slots__ on builtin subclasses, instance lay-out conflicts between bases, the
# __dict__/__weakref__ slot rules, __base__, and __bases__ assignment checks.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for base in (int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, Exception, object):
    try:
        C = type("C", (base,), {"__slots__": ("a",)})
        x = C()
        x.a = 5
        print(base.__name__, "slots ok", x.a)
        try:
            x.b = 1
        except AttributeError as e:
            print("  AttributeError", e)
    except TypeError as e:
        print(base.__name__, "TypeError", e)


class A:
    __slots__ = ("a",)


class B:
    __slots__ = ("b",)


def conflict():
    class C(A, B):
        pass


show(conflict)


class D(A):
    __slots__ = ("d",)


class E(D, A):
    pass


e = E()
e.a, e.d = 1, 2
print(e.a, e.d, E.__base__.__name__)


class F:
    pass


class G(A, F):
    pass


g = G()
g.a, g.z = 5, 3
print(g.a, g.z, G.__base__.__name__)


class J(A):
    pass


def conflict2():
    class K(J, B):
        pass


show(conflict2)

show(lambda: type("X", (), {"__slots__": ("__dict__", "__dict__")}))
show(lambda: type("X", (), {"__slots__": ("__weakref__", "__weakref__")}))
show(lambda: type("X", (F,), {"__slots__": "__dict__"}))
show(lambda: type("X", (F,), {"__slots__": "__weakref__"}))
show(lambda: type("X", (int,), {"__slots__": "__dict__"}))
show(lambda: type("X", (), {"__slots__": "x", "x": 0}))
show(lambda: type("X", (), {"__slots__": "42"}))
show(lambda: type("X", (), {"__slots__": [1]}))
show(lambda: sorted(type("X", (), {"__slots__": "__x"}).__dict__))


class W:
    pass


print(list(W.__dict__), W().__weakref__)
print(list(type("S", (), {"__slots__": ("a",)}).__dict__))
print(list(type("T", (), {"__slots__": ("a", "__weakref__")}).__dict__))
show(lambda: hasattr(A(), "__weakref__"))
print(W.__dict__["__weakref__"].__doc__, W.__dict__["__dict__"].__doc__)

print(A.__base__, int.__base__, bool.__base__, object.__base__, ValueError.__base__)

show(lambda: type("A\x00B", (), {}))


class Q:
    pass


def set_attr(obj, name, value):
    setattr(obj, name, value)


show(lambda: set_attr(Q, "__name__", "A\x00B"))
show(lambda: set_attr(Q, "__name__", b"A"))
print(Q.__name__)
show(lambda: set_attr(Q, "__bases__", (int,)))
show(lambda: set_attr(Q, "__bases__", (A,)))


class R(Q):
    pass


show(lambda: set_attr(Q, "__bases__", (R,)))


class Base1:
    def m(self):
        return "Base1"


class Base2:
    def m(self):
        return "Base2"


class Child(Base1):
    pass


print(Child().m(), Base1.__subclasses__(), Base2.__subclasses__())
Child.__bases__ = (Base2,)
print(Child().m(), Base1.__subclasses__(), Base2.__subclasses__())
