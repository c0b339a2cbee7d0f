# Generator throw(): handling, propagating, and yielding after an exception.
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled ValueError:", e)
            yield "recovered"
g = resilient()
print(next(g))
print(g.throw(ValueError("bad value")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished after unhandled throw")
def unstarted():
    print("never runs")
    yield 1
u = unstarted()
try:
    u.throw(RuntimeError("thrown into unstarted"))
except RuntimeError as e:
    print("unstarted:", e)
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally in generator")
w = with_finally()
next(w)
try:
    w.throw(TypeError, TypeError("typed"))
except TypeError as e:
    print("got back", e)
def returns_on_throw():
    try:
        yield 1
    except Exception:
        return "returned from handler"
r = returns_on_throw()
next(r)
try:
    r.throw(Exception("x"))
except StopIteration as e:
    print("StopIteration value:", e.value)
def catches_type():
    try:
        yield
    except ZeroDivisionError as e:
        yield type(e).__name__ + " " + str(e)
c = catches_type()
next(c)
print(c.throw(ZeroDivisionError))
