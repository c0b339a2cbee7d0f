# except clauses are expressions evaluated at match time; invalid ones raise TypeError.
errors = (KeyError, IndexError)
try:
    [][1]
except errors as e:
    print("matched tuple variable:", type(e).__name__)
def pick():
    print("evaluating except expression")
    return ValueError
try:
    raise ValueError("v")
except pick():
    print("matched computed class")
try:
    try:
        raise ValueError("v")
    except "not a class":
        print("never")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except (ValueError, 5):
        print("never: every element of the tuple is validated first")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError("v")
    except (ValueError, 5):
        print("never")
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise KeyError("first matching handler wins")
except LookupError as e:
    print("LookupError handler:", e)
except KeyError:
    print("never reached")
nested_tuple = (TypeError, (ValueError, KeyError))
try:
    try:
        raise KeyError("nested")
    except nested_tuple:
        print("nested tuples are accepted")
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise OSError(2, "ENOENT")
except FileNotFoundError as e:
    print("OSError(2, ...) is a FileNotFoundError:", e)
