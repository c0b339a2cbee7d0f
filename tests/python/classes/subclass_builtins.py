# Subclassing list, dict (with __missing__), str and int.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, type(s + [4]).__name__)
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, dd.get("zzz"), "zzz" in dd)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c)
class Caseless(str):
    def __eq__(self, o):
        return self.lower() == str(o).lower()
    def __hash__(self):
        return hash(self.lower())
print(Caseless("Hello") == "HELLO", Caseless("x").upper(), type(Caseless("x").upper()).__name__)
class Money(int):
    def __repr__(self):
        return f"${int(self)}"
    def __add__(self, o):
        return Money(int(self) + int(o))
m = Money(5) + Money(7)
print(m, repr(m), m * 2, type(m * 2).__name__)
class LoudList(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)
ll = LoudList([0, 0])
ll[1] = 9
print(ll)
class NoMissing(dict):
    pass
try:
    NoMissing()["k"]
except KeyError as e:
    print(type(e).__name__, e)
class Tup(tuple):
    pass
print(Tup((1, 2)) == (1, 2), Tup([1]) + (2,))
print(isinstance(True, int), bool.__mro__)
