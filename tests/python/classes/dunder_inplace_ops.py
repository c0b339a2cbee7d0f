# In-place operator dunders and their fallback to binary operators.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("__add__")
        return Bag(self.items + list(other))
    def __isub__(self, other):
        print("__isub__ returns None by mistake")
    def __imul__(self, n):
        return NotImplemented
    def __mul__(self, n):
        print("__mul__ fallback")
        return Bag(self.items * n)
    def __repr__(self):
        return f"Bag({self.items})"
b = Bag([1])
orig = b
b += [2, 3]
print(b, b is orig)
b = b + [4]
print(b, b is orig)
b *= 2
print(b)
b -= [1]
print(b)
class Num:
    def __init__(self, v):
        self.v = v
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __imod__(self, o):
        self.v %= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __iand__(self, o):
        self.v &= o
        return self
    def __ixor__(self, o):
        self.v ^= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __irshift__(self, o):
        self.v >>= o
        return self
    def __itruediv__(self, o):
        self.v /= o
        return self
n = Num(3)
n **= 4; print(n.v)
n //= 2; print(n.v)
n %= 7; print(n.v)
n |= 8; print(n.v)
n &= 12; print(n.v)
n ^= 5; print(n.v)
n <<= 3; print(n.v)
n >>= 1; print(n.v)
n /= 4; print(n.v)
class NoOps:
    pass
x = NoOps()
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    x **= 2
except TypeError as e:
    print(type(e).__name__, e)
