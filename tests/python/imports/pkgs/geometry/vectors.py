from ..simple_module import double
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def scaled(self):
        return Vec(double(self.x), double(self.y))
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
def dot(a, b):
    return a.x * b.x + a.y * b.y
