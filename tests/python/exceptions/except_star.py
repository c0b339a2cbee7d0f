# except* handling of exception groups.
def raise_group():
    raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type"), ValueError("another")])
try:
    raise_group()
except* ValueError as eg:
    print("ValueErrors:", [str(e) for e in eg.exceptions], type(eg).__name__)
except* TypeError as eg:
    print("TypeErrors:", [str(e) for e in eg.exceptions])
try:
    try:
        raise_group()
    except* ValueError:
        print("handled only ValueErrors")
except ExceptionGroup as rest:
    print("remaining:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked exception wrapped:", repr(eg))
try:
    raise ExceptionGroup("nested", [ExceptionGroup("inner", [KeyError("k")]), IndexError("i")])
except* LookupError as eg:
    print("LookupErrors:", repr(eg))
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise RuntimeError("raised from except* handler")
except ExceptionGroup as e:
    print("new group:", repr(e))
    print("inner context:", repr(e.exceptions[0].__context__))
except RuntimeError as e:
    print("plain RuntimeError:", e)
try:
    try:
        raise ExceptionGroup("g", [ValueError("x"), TypeError("y")])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised:", repr(e))
def no_match():
    try:
        raise ExceptionGroup("unmatched", [OSError("o")])
    except* ValueError:
        print("never")
try:
    no_match()
except ExceptionGroup as e:
    print("propagated unchanged:", repr(e))
try:
    raise ExceptionGroup("ok", [ValueError(1)])
except* ValueError:
    print("matched")
else:
    print("no else")
finally:
    print("finally after except*")
