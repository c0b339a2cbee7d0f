# __repr__ and __str__ selection by print, str, repr, f-strings, containers.
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b, r = Both(), ReprOnly()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
s = StrOnly()
print(s, str(s))
print(repr(s).startswith("<__main__.StrOnly object at 0x"))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def __repr__(self):
        if self.kids:
            return f"Tree({self.v!r}, {self.kids!r})"
        return f"Tree({self.v!r})"
print(Tree(1, [Tree(2), Tree("x", [Tree(3.5)])]))
class StrSub(str):
    def __repr__(self):
        return "StrSub(" + super().__repr__() + ")"
print(repr(StrSub("hi")), str(StrSub("hi")), StrSub("hi"))
print(repr(int), repr(Both), str(Both))
lst = [1]
lst.append(lst)
print(lst)
d = {"a": 1}
d["self"] = d
print(d)
