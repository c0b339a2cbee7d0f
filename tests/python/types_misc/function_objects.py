# Function and bound method object attributes.
def outer(a, b=2, *args, c, d=4, **kw):
    """Outer docstring."""
    local_one = a + b
    def inner():
        return local_one
    return inner
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__)
print(outer.__defaults__, outer.__kwdefaults__, type(outer.__code__).__name__)
inner = outer(1, c=3)
print(inner.__name__, inner.__qualname__, inner(), inner.__closure__[0].cell_contents)
class Greeter:
    def hello(self, name):
        return "hello " + name
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def util():
        return "util"
g = Greeter()
bm = g.hello
print(bm.__name__, bm.__qualname__, bm.__self__ is g, bm.__func__ is Greeter.hello, bm("x"))
print(type(bm).__name__, type(Greeter.hello).__name__, type(Greeter.make).__name__, type(Greeter.util).__name__)
print(Greeter.make.__self__ is Greeter, Greeter.make.__func__.__name__)
print(g.hello == g.hello, g.hello == Greeter().hello)
f = lambda x: x
f.attr = "custom"
print(f.__dict__, f.__name__)
print(len.__name__, len.__self__.__name__ if hasattr(len.__self__, "__name__") else len.__self__, [].append.__name__)
print(callable(outer), callable(bm), callable(Greeter), callable(g))
