# a generator has its own exception state, chained to its caller's: its except blocks restore
# its own state, sys.exc_info()/bare raise look through to the caller's, thrown exceptions are not chained
import sys
def g():
    try:
        raise ValueError
    except ValueError:
        yield 1
    print(sys.exc_info()[0])
    yield 2
it = g()
try:
    raise IndexError
except IndexError:
    print(next(it))
print(next(it))
def h():
    print("in h:", sys.exc_info()[0])
    yield 1
    try:
        raise
    except RuntimeError as e:
        print("bare raise:", e)
    except KeyError as e:
        print("bare raise re-raised caller's", repr(e))
    yield 2
it = h()
try:
    raise KeyError("k")
except KeyError:
    next(it)
    next(it)
def k():
    try:
        yield
    except ZeroDivisionError:
        print("ctx", repr(sys.exc_info()[1].__context__))
        yield "handled"
kk = k(); next(kk)
try:
    raise TypeError("outer")
except TypeError:
    print(kk.throw(ZeroDivisionError))
for x in (lambda: (yield sys.exc_info()[0]))():
    print(x)
try:
    raise OSError
except OSError:
    print([sys.exc_info()[0].__name__ for _ in range(2)])
    print(list(sys.exc_info()[0].__name__ for _ in range(2)))
