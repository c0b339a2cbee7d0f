# C3 method resolution order with diamonds and failing linearizations.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return [k.__name__ for k in cls.__mro__]
print(names(Z))
print(names(K1), names(K2), names(K3))
class Top:
    def who(self):
        return "Top"
class Left(Top):
    def who(self):
        return "Left>" + super().who()
class Right(Top):
    def who(self):
        return "Right>" + super().who()
class Bottom(Left, Right):
    def who(self):
        return "Bottom>" + super().who()
print(Bottom().who())
print(names(Bottom))
print([k.__name__ for k in Bottom.mro()])
try:
    class Bad(A, K1): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Conflict(XY, YX): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
print(names(bool), names(type))
