# __set_name__ is called on descriptors at class creation time.
class Field:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Record:
    first = Field()
    second = Field()
    def __init__(self, a, b):
        self.first = a
        self.second = b
r = Record(1, "two")
print(r.first, r.second, r._first, Record.first.name)
class Plain:
    pass
p = Plain()
p.__set_name__ = lambda *a: print("never")
class Holder:
    attr = p
print("no call for instance attribute")
class Late:
    pass
f = Field()
Late.added = f
print(hasattr(f, "name"))
f.__set_name__(Late, "added")
print(f.name)
class Err:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class Owner:
        bad = Err()
except Exception as e:
    print(type(e).__name__, e)
