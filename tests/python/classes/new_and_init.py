# __new__ and __init__: order, return values, immutables, singletons.
class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, *args):
        print("__init__", args)
        self.args = args
t = Traced(1, 2)
print(t.args)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine())
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p), type(p).__name__, isinstance(p, tuple))
class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(UpperStr("hello"), UpperStr("abc") + "def")
class Positive(int):
    def __new__(cls, v):
        if v <= 0:
            raise ValueError("must be positive")
        return super().__new__(cls, v)
print(Positive(5) + 1, type(Positive(5)).__name__)
try:
    Positive(-1)
except ValueError as e:
    print(type(e).__name__, e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))
class Sub(Traced):
    pass
s = Sub("x")
print(type(s).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
class ArgsNoInit:
    pass
try:
    ArgsNoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
