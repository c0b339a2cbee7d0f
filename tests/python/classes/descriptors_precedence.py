# Data descriptors beat instance __dict__; non-data descriptors lose to it.
class DataDesc:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "DataDesc on class"
        return "DataDesc value"
    def __set__(self, obj, value):
        print("DataDesc.__set__", value)
class NonDataDesc:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "NonDataDesc on class"
        return "NonDataDesc value"
class C:
    d = DataDesc()
    n = NonDataDesc()
c = C()
print(c.d, c.n)
print(C.d, C.n)
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d, c.n)
c.d = 5
c.n = 6
print(c.d, c.n, c.__dict__)
class Typed:
    def __init__(self, name, typ):
        self.name = name
        self.typ = typ
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f"{self.name} must be {self.typ.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
p = Person()
print(p.name)
p.name = "Ann"
p.age = 33
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age)
print(type(Person.name).__name__)
class GetOnlyWithDelete:
    def __get__(self, obj, objtype=None):
        return "getter"
    def __delete__(self, obj):
        print("delete only")
class H:
    a = GetOnlyWithDelete()
h = H()
try:
    h.a = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(h.a)
