# Subclasses of super construct instances of themselves, and super.__get__ binds an unbound
# super to an instance (calling the subclass to do it).

class A:
    def meth(self, a):
        return "A(%r)" % a


class C(A):
    def meth(self, a):
        return "C(%r)" % a + super().meth(a)


class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)


class E(C):
    def meth(self, a):
        return "E(%r)" % a + mysuper(E, self).meth(a)


print(E().meth(5))


class F(E):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)


F._F__super = mysuper(F)
print(F().meth(6))
s = super(C)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__, s.__self_class__)
b = s.__get__(C(), C)
print(type(b).__name__, b.meth(1), b.__self_class__.__name__)
print(s.__get__(None, C) is s, b.__get__(C()) is b)
m = mysuper(C)
print(type(m.__get__(C(), C)).__name__, isinstance(m, super))
print(repr(super(C))[:27], repr(super(C, C()))[:28])
try:
    super(C, 42)
except TypeError as e:
    print(e)
try:
    super(1)
except TypeError as e:
    print(e)
