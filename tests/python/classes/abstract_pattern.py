# Abstract base pattern without the abc module: NotImplementedError and templates.
class Shape:
    name = "shape"
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Square(Shape):
    name = "square"
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for shape in [Square(3), Circle(1), Blob()]:
    try:
        print(shape.describe())
    except NotImplementedError as e:
        print(type(e).__name__, e)
shapes = sorted([Square(2), Circle(1), Square(1)], key=lambda s: s.area())
print([s.name for s in shapes])
print(issubclass(NotImplementedError, RuntimeError))
print(NotImplemented.__class__.__name__, repr(NotImplemented))
