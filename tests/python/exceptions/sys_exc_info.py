# sys.exc_info() and sys.exception()-like behaviour across handlers.
import sys
print(sys.exc_info())
try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
    try:
        raise KeyError("nested")
    except KeyError:
        print("nested:", sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
print("after handler:", sys.exc_info())
def helper():
    return sys.exc_info()[1]
try:
    1 / 0
except ZeroDivisionError:
    print("called function sees:", repr(helper()))
def gen():
    try:
        raise IndexError("in generator")
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g))
print("outside generator:", sys.exc_info())
print(next(g))
try:
    raise TypeError("t")
except TypeError as e:
    print(sys.exc_info()[1] is e, sys.exc_info()[2] is e.__traceback__)
try:
    try:
        raise ValueError("inner")
    finally:
        print("in finally:", sys.exc_info()[0].__name__)
except ValueError:
    pass
print(sys.exc_info() == (None, None, None))
