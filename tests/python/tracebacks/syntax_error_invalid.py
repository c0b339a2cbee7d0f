# rpy: full-stderr
# A SyntaxError with a caret range: assignment to a function call.
# Nothing runs because the whole file fails to compile.
print("never printed")
def area(width, height):
    return width * height
def perimeter(width, height):
    return 2 * (width + height)
shapes = [(2, 3), (4, 5)]
for w, h in shapes:
    print(area(w, h), perimeter(w, h))
class Box:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
box = Box(1, 2)
print(box.area())
area(1, 2) = 5
print("also never printed")
