# Rich comparisons, reflection, NotImplemented fallback, and identity default.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    __hash__ = None
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0"))
print(Version("1.0") < Version("2"), Version("3") > Version("2"), Version("2") >= Version("2"))
print(Version("1") == "1", Version("1") != "1")
try:
    Version("1") < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(Version("1"))
except TypeError as e:
    print(type(e).__name__, e)
print(max(vs), min(vs))
class Logger:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        print(f"{self.name}.__eq__({o.name})")
        return NotImplemented
    def __lt__(self, o):
        print(f"{self.name}.__lt__({o.name})")
        return NotImplemented
    def __gt__(self, o):
        print(f"{self.name}.__gt__({o.name})")
        return NotImplemented
a, b = Logger("a"), Logger("b")
print(a == b)
print(a != b)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
class AlwaysEqual:
    def __eq__(self, o):
        return True
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5)
print([AlwaysEqual()].count(3), 3 in [AlwaysEqual()])
class Weird:
    def __lt__(self, o):
        return "truthy string"
print(Weird() < Weird(), Weird() > Weird())
