# add_note() and __notes__ (Python 3.11).
e = ValueError("base message")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
def parse(value):
    try:
        return int(value)
    except ValueError as err:
        err.add_note(f"while parsing {value!r}")
        raise
try:
    parse("abc")
except ValueError as err:
    print(err, err.__notes__)
def outer():
    try:
        parse("1.5")
    except ValueError as err:
        err.add_note("in outer()")
        raise
try:
    outer()
except ValueError as err:
    print(err.__notes__)
e2 = KeyError("k")
e2.__notes__ = ["assigned directly"]
e2.add_note("appended")
print(e2.__notes__)
e3 = TypeError("t")
e3.__notes__ = "not a list"
try:
    e3.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
final = ValueError("final uncaught error")
final.add_note("this note appears in the traceback")
raise final
