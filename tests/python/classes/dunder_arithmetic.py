# Arithmetic dunders, reflected operands, NotImplemented, and in-place fallbacks.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k, mod=None):
        return Vec(pow(self.x, k, mod), pow(self.y, k, mod))
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __divmod__(self, k):
        return (self // k, self % k)
    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)
    def __and__(self, o):
        return Vec(self.x & o.x, self.y & o.y)
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v - w, v * 3, 3 * v, v * w, v / 2, w // 2, w % 3)
print(v ** 2, pow(w, 2, 5), -v, +v, abs(w), ~v, v @ w, divmod(w, 2), v << 2, v & w)
print(sum([v, w, Vec(10, 10)]))
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" * v
except TypeError as e:
    print(type(e).__name__, e)
try:
    v | w
except TypeError as e:
    print(type(e).__name__, e)
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)
class Left:
    def __add__(self, o):
        print("Left.__add__")
        return NotImplemented
class Right:
    def __radd__(self, o):
        print("Right.__radd__")
        return "right wins"
print(Left() + Right())
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__ (subclass reflected first)"
print(Base() + Derived())
print(Base() + Base())
class Only:
    def __add__(self, o):
        return "add used for +="
o = Only()
o += 1
print(o)
