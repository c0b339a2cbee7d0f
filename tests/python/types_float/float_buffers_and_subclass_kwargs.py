# float() of memoryviews, and keyword arguments to float subclasses (allowed when the subclass
# has its own __init__ or __new__).
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: float(memoryview(b"1.5")))
t(lambda: float(memoryview(b"12345")[1:3]))
t(lambda: float(memoryview(b"123")[::2]))
class subclass(float): pass
t(lambda: type(subclass(2.5)))
t(lambda: subclass(x=0))
class subclass_with_init(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
u = subclass_with_init(2.5, newarg=3)
print(type(u).__name__, float(u), u.newarg)
class subclass_with_new(float):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self
u = subclass_with_new(2.5, newarg=3)
print(type(u).__name__, float(u), u.newarg)
t(lambda: float(x=1))
