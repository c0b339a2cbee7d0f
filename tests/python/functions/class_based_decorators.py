# Decorators implemented as classes, decorating methods, and stacking with builtins.
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        self.__name__ = fn.__name__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a, **k: self(obj, *a, **k)
@CountCalls
def greet(name):
    return f"hello {name}"
print(greet("a"), greet("b"), greet.calls, greet.__name__, type(greet).__name__)
class Service:
    @CountCalls
    def handle(self, req):
        return f"handled {req} by {type(self).__name__}"
    @staticmethod
    @CountCalls
    def util(x):
        return x * 2
    @classmethod
    def build(cls):
        return cls()
s = Service()
print(s.handle("r1"), s.handle("r2"), Service.handle.calls)
print(Service.util(4), Service.util.calls if hasattr(Service.util, "calls") else "no attr")
print(type(Service.build()).__name__)
class Validate:
    def __init__(self, **types):
        self.types = types
    def __call__(self, fn):
        def wrapper(**kwargs):
            for name, t in self.types.items():
                if not isinstance(kwargs.get(name), t):
                    raise TypeError(f"{fn.__name__}: {name} must be {t.__name__}")
            return fn(**kwargs)
        return wrapper
@Validate(n=int, label=str)
def make(n, label):
    return label * n
print(make(n=3, label="ab"))
try:
    make(n="3", label="ab")
except TypeError as e:
    print(type(e).__name__, e)
def prop_deco(fn):
    return property(fn)
class Temp:
    def __init__(self):
        self._c = 20
    @prop_deco
    def celsius(self):
        return self._c
print(Temp().celsius)
