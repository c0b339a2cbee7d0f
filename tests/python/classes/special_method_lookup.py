# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self):
        return 1
c = C()
c.__len__ = lambda: 100
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__repr__ = lambda: "instance repr"
print(repr(d) == "instance repr")
D.__repr__ = lambda self: "class repr"
print(repr(d))
class E:
    pass
e = E()
e.__add__ = lambda o: "nope"
try:
    e + 1
except TypeError as ex:
    print(type(ex).__name__, ex)
E.__add__ = lambda self, o: f"E + {o}"
print(e + 1)
class F:
    def __getattr__(self, name):
        return lambda *a: "dynamic " + name
f = F()
print(f.__len__())
try:
    len(f)
except TypeError as ex:
    print(type(ex).__name__, ex)
class Meta(type):
    def __len__(cls):
        return 99
    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}] via metaclass"
class G(metaclass=Meta):
    pass
print(len(G), G["x"])
