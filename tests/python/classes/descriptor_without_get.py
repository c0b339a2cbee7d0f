# a data descriptor without __get__ yields to the instance dict (then is the attribute itself); a super object stored on a class binds
class SetOnly:
    def __set__(self, obj, v): obj.__dict__["x"] = v * 2
class A:
    x = SetOnly()
a = A()
print(type(a.x).__name__)
a.x = 5
print(a.x, a.__dict__)
class B:
    def meth(self): return "B.meth"
class C(B):
    def meth(self): return "C.meth " + self.__super.meth()
C._C__super = super(C)
print(C().meth())
class D:
    def __delete__(self, obj): print("deleting")
class E:
    d = D()
e = E()
print(type(e.d).__name__)
del e.d
