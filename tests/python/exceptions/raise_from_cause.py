# raise ... from ...: __cause__, __context__, __suppress_context__.
class ConfigError(Exception):
    pass
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise ConfigError(f"missing config key {key!r}") from e
try:
    load("b")
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit chaining")
except ValueError as e:
    print("cause:", e.__cause__, "context:", repr(e.__context__), "suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no chaining") from None
except ValueError as e:
    print("cause:", e.__cause__, "context:", repr(e.__context__), "suppress:", e.__suppress_context__)
try:
    raise RuntimeError("outer") from KeyError("explicit cause outside handler")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise RuntimeError("cls cause") from IndexError
except RuntimeError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
try:
    raise RuntimeError("bad") from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
def deep():
    try:
        try:
            raise KeyError("level 1")
        except KeyError:
            raise IndexError("level 2")
    except IndexError:
        raise TypeError("level 3")
try:
    deep()
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))
