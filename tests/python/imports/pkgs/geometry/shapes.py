from .vectors import Vec
from . import vectors
PI = 3.14159
class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r
    def area(self):
        return PI * self.r ** 2
    def __repr__(self):
        return f"Circle({self.center!r}, {self.r})"
def origin():
    return vectors.Vec(0, 0) if Vec is vectors.Vec else None
