# Exception args, str() and repr() for various argument counts and types.
for exc in [Exception(), Exception("one"), Exception("a", "b"), Exception(42),
            ValueError("msg"), KeyError("key"), KeyError(), KeyError(1, 2),
            IndexError(0), OSError(2, "No such file"), OSError("just message"),
            StopIteration(3), SystemExit(1), UnicodeError("u"), Exception(None),
            Exception(("tuple",)), Exception([1, 2])]:
    print(repr(exc), "|", str(exc), "|", exc.args)
e = OSError(2, "No such file or directory", "missing.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(type(OSError(2, "x")).__name__)
class MyError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"error {code}: {detail}")
        self.code = code
        self.detail = detail
try:
    raise MyError(404, "not found")
except MyError as e:
    print(e, e.args, e.code, e.detail, repr(e))
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5)
print(repr(n), str(n), n.args)
class CustomStr(Exception):
    def __str__(self):
        return "custom string"
print(str(CustomStr("ignored")), repr(CustomStr("ignored")))
e = ValueError("a")
e.args = ("changed", 2)
print(str(e), repr(e))
print(str(KeyError("quoted")), str(KeyError(5)))
ex = AttributeError("msg", name="attr", obj=None)
print(ex.name, ex.obj, str(ex))
ne = NameError("n", name="varname")
print(ne.name)
print(repr(StopIteration()), repr(GeneratorExit()), repr(SyntaxError("bad syntax")))
