# match statement: class patterns with positional (__match_args__) and keyword attributes.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0):
            return "unreachable"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=xx, y=yy) if xx == yy:
            return f"diagonal {xx}"
        case Circle(Point(x, y), radius=r):
            return f"circle at {x},{y} r={r}"
        case Point():
            return "some point"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case list([a, b]):
            return f"list of two {a} {b}"
        case dict(d):
            return f"dict {d}"
        case bool(b):
            return "bool?"
    return "unknown " + type(obj).__name__
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(1, 1), 3), 7, 2.5, True, "hi", [1, 2], {"a": 1}, (1, 2)]:
    print(where(o))
class NoArgs:
    def __init__(self):
        self.a = 1
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case len(): pass
except TypeError as e:
    print(type(e).__name__, e)
match Point(1, 2):
    case Point(x=1, z=3):
        print("no such attribute z -> no match")
    case _:
        print("fell through to wildcard")
