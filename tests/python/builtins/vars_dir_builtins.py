# vars() and dir() (filtered to avoid listing every dunder).
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(vars(p))
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(Point) if not n.startswith("__")])
print(dir(p) == sorted(dir(p)), "__init__" in dir(p), "__class__" in dir(p))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())
import math
print([n for n in dir(math) if n.startswith("f")])
