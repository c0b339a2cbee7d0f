# Warning categories are ordinary exception classes and can be raised and caught.
for cls in [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
            RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning,
            EncodingWarning]:
    print(cls.__name__, [k.__name__ for k in cls.__mro__[1:]])
try:
    raise DeprecationWarning("old api")
except Warning as w:
    print("caught", type(w).__name__, w, isinstance(w, Exception))
class MyWarning(UserWarning):
    pass
try:
    raise MyWarning("custom", 42)
except UserWarning as w:
    print(type(w).__name__, w.args)
def risky(level):
    if level > 2:
        raise FutureWarning(f"level {level} will change")
    if level > 1:
        raise PendingDeprecationWarning("level 2 is pending deprecation")
    return "ok"
for level in range(1, 4):
    try:
        print(level, risky(level))
    except (FutureWarning, PendingDeprecationWarning) as w:
        print(level, type(w).__name__, w)
print(issubclass(MyWarning, Warning), issubclass(Warning, Exception))
print("raising a warning class as an uncaught exception")
raise RuntimeWarning("this warning is raised, not warned")
