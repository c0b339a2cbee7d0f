# __slots__ restricts instance attributes and removes __dict__.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Partial:
    __slots__ = ("a",)
q = Partial()
try:
    q.a
except AttributeError as e:
    print(type(e).__name__, e)
q.a = 5
del q.a
try:
    del q.a
except AttributeError as e:
    print(type(e).__name__, e)
class Child(Point):
    pass
c = Child(1, 2)
c.extra = "child has __dict__"
print(c.extra, c.__dict__)
class ChildSlots(Point):
    __slots__ = ("z",)
cs = ChildSlots(1, 2)
cs.z = 3
print(cs.x, cs.y, cs.z)
try:
    cs.w = 4
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Point.x).__name__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
class StrSlot:
    __slots__ = "only"
s = StrSlot()
s.only = "single string slot"
print(s.only, StrSlot.__slots__)
print("assigning an undeclared slot attribute")
p.label = "origin"
