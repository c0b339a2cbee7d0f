# Annotated assignments and __annotations__.
x: int = 5
y: str
z: "list[int]" = [1, 2]
print(x, z)
print(__annotations__)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
class Point:
    x: int
    y: int = 0
    label: str = "p"
print(Point.__annotations__)
print(Point.y, Point.label)
print(hasattr(Point, "x"))
def f():
    a: int = 1
    b: float
    return a
print(f())
print(f.__annotations__)
def g(a: int, b: "str" = "s", *args: float, c: bool = True, **kw: dict) -> None:
    pass
print(g.__annotations__)
class Q:
    pass
q = Q()
q.attr: int = 3
print(q.attr)
d = {}
d["key"]: str = "value"
print(d)
(paren): int = 9
print(paren)
print(sorted(__annotations__))
