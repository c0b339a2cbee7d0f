# __bases__ assignment (subclass MROs recomputed, rolled back on failure, CPython's messages),
# a metaclass's mro() checked like mro_check, __slots__ naming __classcell__, __doc__ setters.

class C(object): pass
class C2(object):
    def __getattribute__(self, attr):
        if attr == 'a': return 2
        return super(C2, self).__getattribute__(attr)
    def meth(self): return 1
class D(C): pass
class E(D): pass
d = D(); e = E()
D.__bases__ = (C,)
D.__bases__ = (C2,)
print(d.meth(), e.meth(), d.a, e.a, C2.__subclasses__(), C.__subclasses__(), E.__mro__)
for bad in ((), (D,), (C, C), (E,), [C], (1,)):
    try:
        D.__bases__ = bad
    except TypeError as ex:
        print("TypeError", ex)
try:
    del D.__bases__
except (TypeError, AttributeError) as ex:
    print(type(ex).__name__, ex)
class WorkOnce(type):
    def __new__(self, name, bases, ns):
        self.flag = 0
        return super(WorkOnce, self).__new__(WorkOnce, name, bases, ns)
    def mro(self):
        if self.flag > 0:
            raise RuntimeError('bozo')
        else:
            self.flag += 1
            return type.mro(self)
class WorkAlways(type):
    def mro(self):
        return type.mro(self)
class C(object): pass
class C2(object): pass
class D(C): pass
class E(D): pass
class F(D, metaclass=WorkOnce): pass
class G(D, metaclass=WorkAlways): pass
E_mro_before = E.__mro__
D_mro_before = D.__mro__
try:
    D.__bases__ = (C2,)
except RuntimeError as ex:
    print(ex, E.__mro__ == E_mro_before, D.__mro__ == D_mro_before, D.__bases__)
class A(object): pass
class B(object): pass
class C(A, B): pass
class D(A, B): pass
class E(C, D): pass
try:
    C.__bases__ = (B, A)
except TypeError as ex:
    print("TypeError", ex)
print(C.__mro__, C.__bases__, E.__mro__)
print(C.mro())
try:
    class Z(A, B, A): pass
except TypeError as ex: print(ex)
try:
    class Z(A, C): pass
except TypeError as ex: print(ex)

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def f(self): return 'A'
class B(A): pass
class C(A):
    def f(self): return 'C'
class D(B, C): pass
class PerverseMetaType(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L
class X(D, B, C, A, metaclass=PerverseMetaType):
    pass
print(X.__mro__, X().f())
def mk(ret):
    class _metaclass(type):
        def mro(self):
            return ret(self)
    class X(object, metaclass=_metaclass):
        pass
    return X
t(lambda: mk(lambda s: [s, dict, object]))
t(lambda: mk(lambda s: [1]))
t(lambda: mk(lambda s: 1))
t(lambda: mk(lambda s: [s, object]).__mro__)
class Meta(type):
    def __new__(cls, name, bases, namespace, attr):
        print(attr in namespace)
        return super().__new__(cls, name, bases, namespace)
class C1:
    def __init__(self):
        self.b = 42
class C2(C1, metaclass=Meta, attr='__classcell__'):
    __slots__ = ['__classcell__']
    def __init__(self):
        super().__init__()
print(type(C2.__dict__['__classcell__']).__name__)
c = C2()
print(c.b, hasattr(c, '__classcell__'))
c.__classcell__ = 42
print(c.__classcell__)
def c3():
    class C3:
        __classcell__ = 42
        __slots__ = ['__classcell__']
t(c3)
class Q:
    """elephant"""
    __slots__ = ('__qualname__', 'b')
print(list(Q.__dict__))
Q.__doc__ = 'banana'
print(Q.__doc__)
t(lambda: type(list).__dict__['__doc__'].__set__(list, 'blah'))
t(lambda: type(Q).__dict__['__doc__'].__delete__(Q))
print(Q.__doc__)
class W:
    pass
print(list(W.__dict__))
class S:
    __slots__ = ('__x', 'y')
print(list(S.__dict__))
