# str() on many types and repr() escaping rules.
values = [0, -1.5, 1e100, 2j, True, None, [1, "a"], (1,), {"k": [1]}, {1, 2}, frozenset(), b"by", bytearray(b"ba"),
          range(3), slice(1, 2), ..., NotImplemented, int, str, len]
for v in values:
    print(str(v), "|", repr(v))
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "new\nline", "\t\r\x00\x1b", "é日🎉", "\x7f\x80\xa0\xad", "\u2028"]:
    print(repr(s))
print(str(b"abc", "ascii"), str(object=5), str(encoding="utf-8", object=b"x"))
try:
    str(5, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(str(b"\xff", "utf-8", "replace"), str(b"\xff", errors="ignore") == "b'\\xff'")
class Temp:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return f"{self.c}°C"
    def __repr__(self):
        return f"Temp({self.c!r})"
t = Temp(21.5)
print(str(t), repr(t), [t], f"{t}", f"{t!r}", "%s / %r" % (t, t))
print(str(str), str(str("x")), str(1.0e-7), str(-1.5e16), str(True + 1))
print(repr("\\"), repr("'\""), repr("\u00e9\u0301"), len(repr("\n")))
