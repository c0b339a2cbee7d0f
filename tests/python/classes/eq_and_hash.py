# __eq__ / __hash__ interaction: defining __eq__ sets __hash__ to None.
class Default:
    pass
print(Default.__hash__ is object.__hash__, Default() == Default())
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a},{self.b})"
d = {Key(1, 2): "first"}
d[Key(1, 2)] = "replaced"
d[Key(2, 1)] = "other"
print(d, len(d))
print(Key(1, 2) in d, Key(3, 3) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s))
class ConstHash:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.n == o.n
    def __repr__(self):
        return f"C{self.n}"
collide = {ConstHash(i): i for i in range(5)}
print(collide, len(collide))
class HashReturnsFloat:
    def __hash__(self):
        return 1.5
try:
    hash(HashReturnsFloat())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()))
class Parent:
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 7
class Kid(Parent):
    def __eq__(self, o):
        return False
print(Kid.__hash__, hash(Parent()))
class Kid2(Parent):
    pass
print(hash(Kid2()))
