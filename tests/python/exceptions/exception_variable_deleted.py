# The "as" target of an except clause is deleted at the end of the handler.
e = "original value"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside handler:", repr(e))
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    exc = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as err:
        return type(err).__name__ + ": " + str(err)
print(f())
def keep():
    saved = None
    try:
        raise KeyError("kept")
    except KeyError as err:
        saved = err
    return saved
print(repr(keep()))
try:
    raise TypeError("t")
except TypeError:
    pass
print("no name bound without 'as'")
def in_loop():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError as problem:
            last = problem
    return "problem" in locals(), repr(last)
print(in_loop())
