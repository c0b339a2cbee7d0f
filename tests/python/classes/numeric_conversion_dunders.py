# __index__, __int__, __float__, __complex__, __round__, __trunc__ etc.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), int(Idx(7)), operator_like := Idx(3).__index__())
print(bytes(Idx(3)), [0] * Idx(2))
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 2j
    def __round__(self, n=None):
        return f"rounded({n})"
    def __trunc__(self):
        return 7
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2))
import math
print(math.trunc(n), math.floor(n), math.ceil(n))
try:
    [1, 2][Num()]
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return "no"
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class OnlyIndex:
    def __index__(self):
        return 9
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
try:
    float(object())
except TypeError as e:
    print(type(e).__name__, e)
print(True.__index__(), (5).__index__())
