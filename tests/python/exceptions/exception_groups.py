# ExceptionGroup construction, fields, subgroup/split, derive, nesting.
eg = ExceptionGroup("several problems", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(type(eg).__name__, eg, eg.message, len(eg.exceptions))
print([repr(x) for x in eg.exceptions])
print(repr(eg))
vals = eg.subgroup(ValueError)
print(repr(vals))
print(eg.subgroup(KeyError))
match, rest = eg.split(ValueError)
print(repr(match), "|", repr(rest))
match, rest = eg.split(lambda e: "1" in str(e))
print(repr(match), "|", repr(rest))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(repr(nested.subgroup(ValueError)))
print(repr(nested.subgroup(TypeError)))
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("only exceptions", [ValueError()])
print(type(beg2).__name__)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("not a sequence", ValueError())
except TypeError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as e:
    print(type(e).__name__, e)
d = eg.derive([KeyError("k")])
print(repr(d), type(d).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    raise eg
except ExceptionGroup as caught:
    print("caught as ExceptionGroup:", caught.message)
