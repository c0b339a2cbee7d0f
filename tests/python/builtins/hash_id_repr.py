# hash(), id() (compared only), repr() and ascii().
print(hash(42), hash(-1), hash(0), hash(True), hash(1.0), hash(0.5), hash(-0.0), hash(2 ** 61 - 1), hash(2 ** 64))
print(hash((1, 2)) == hash((1, 2)), hash("abc") == hash("abc"), hash(frozenset({1})) == hash(frozenset([1])))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
a = []
b = a
print(id(a) == id(b), id(a) != id([1]), type(id(a)).__name__)
print(repr("quote's"), repr('dq"'), repr([1, "a", None]), repr({"k": (1.5, b"x")}), repr(1e100), repr(-0.0))
print(ascii("café"), ascii(["ü", "∑"]), ascii("plain"), ascii(b"bytes"), ascii("\n\t"), ascii("🎉"))
class R:
    def __repr__(self):
        return "R<é>"
print(repr(R()), ascii(R()), str(R()))
objects = [1, 1.0, True, "1", (1,), frozenset([1])]
print([o == 1 for o in objects], len({hash(o) for o in objects[:3]}))
print(repr(repr("x")), repr(str(b"y")), ascii(repr("ü")), repr(ascii("ü")))
class WithHash:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(("WithHash", self.k)) & 0xFF
    def __eq__(self, o):
        return isinstance(o, WithHash) and o.k == self.k
print(len({WithHash(1), WithHash(1), WithHash(2)}), 0 <= hash(WithHash(5)) < 256)
