# An exception raised in finally replaces the original, which becomes its __context__.
def replace():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    replace()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
except ValueError:
    print("not reached")
def handled_in_finally():
    try:
        raise ValueError("original")
    finally:
        try:
            raise TypeError("inner")
        except TypeError:
            print("inner handled inside finally")
try:
    handled_in_finally()
except ValueError as e:
    print("original still propagates:", e)
def finally_after_return_raises():
    try:
        return "value"
    finally:
        raise RuntimeError("finally raised after return")
try:
    finally_after_return_raises()
except RuntimeError as e:
    print(e, "context:", e.__context__)
def except_then_finally_raise():
    try:
        raise IndexError("a")
    except IndexError:
        raise ZeroDivisionError("b")
    finally:
        raise AttributeError("c")
try:
    except_then_finally_raise()
except AttributeError as e:
    chain = []
    cur = e
    while cur:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
import sys
def exc_info_in_finally():
    try:
        raise ValueError("pending")
    finally:
        print("exc_info in finally:", repr(sys.exc_info()[1]))
try:
    exc_info_in_finally()
except ValueError:
    pass
