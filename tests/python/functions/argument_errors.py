# CPython's TypeError messages for bad calls to Python functions.
def two(a, b):
    pass
def opt(a, b=1):
    pass
def none():
    pass
class K:
    def method(self, x):
        pass
    @staticmethod
    def smeth(x):
        pass
    @classmethod
    def cmeth(cls, x):
        pass
cases = [
    lambda: two(),
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: opt(),
    lambda: opt(1, 2, 3),
    lambda: none(1),
    lambda: none(x=1),
    lambda: two(1, 2, c=3),
    lambda: two(1, a=1),
    lambda: two(b=1),
    lambda: K().method(),
    lambda: K().method(1, 2),
    lambda: K.method(1),
    lambda: K.smeth(),
    lambda: K.cmeth(),
    lambda: K().method(y=1),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: 0)(1),
    lambda: two(*[1, 2, 3]),
    lambda: K(1),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, type(e).__name__, e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print(e)
try:
    many(1, 2)
except TypeError as e:
    print(e)
def kwo(a, *, b, c=1):
    pass
try:
    kwo(1, 2)
except TypeError as e:
    print(e)
try:
    kwo(1, 2, 3)
except TypeError as e:
    print(e)
try:
    kwo(1, 2, b=3)
except TypeError as e:
    print(e)
try:
    one = 1
    one()
except TypeError as e:
    print(e)
try:
    s = "str"
    s()
except TypeError as e:
    print(e)
try:
    n = None
    n()
except TypeError as e:
    print(e)
