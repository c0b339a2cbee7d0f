# Generator close(): GeneratorExit, finally blocks, and ignoring GeneratorExit.
def worker():
    try:
        for i in range(10):
            yield i
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("cleanup")
w = worker()
print(next(w), next(w))
w.close()
print("closed")
w.close()
try:
    next(w)
except StopIteration:
    print("closed generator raises StopIteration")
def never_started():
    try:
        yield 1
    finally:
        print("this finally never runs")
n = never_started()
n.close()
print("closing unstarted generator is silent")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(s))
def returns_value():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
rv = returns_value()
next(rv)
print(rv.close())
def raises_other():
    try:
        yield
    finally:
        raise ValueError("from finally during close")
ro = raises_other()
next(ro)
try:
    ro.close()
except ValueError as e:
    print(type(e).__name__, e)
def finished():
    yield 1
f = finished()
list(f)
f.close()
print("close on finished generator is fine")
def loop_break():
    try:
        yield from range(5)
    finally:
        print("loop_break cleanup")
lb = loop_break()
for x in lb:
    if x == 2:
        break
print("after break x =", x)
lb.close()
print("explicitly closed")
