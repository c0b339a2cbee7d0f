# yield from: delegation of values, send, throw, close and return value.
def inner():
    received = yield "inner-1"
    print("inner got", received)
    received = yield "inner-2"
    print("inner got", received)
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-final"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def catcher():
    try:
        yield 1
    except ValueError as e:
        yield "inner caught " + str(e)
def delegator():
    yield from catcher()
    yield "delegator continues"
d = delegator()
print(next(d))
print(d.throw(ValueError("x")))
print(next(d))
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer closed")
c = closing_outer()
next(c)
c.close()
def ret_only():
    return 42
    yield
def uses_ret():
    v = yield from ret_only()
    yield v
print(list(uses_ret()))
def from_iterator():
    r = yield from iter([7, 8])
    yield ("iterator result", r)
print(list(from_iterator()))
def bad_delegate():
    yield from 5
try:
    list(bad_delegate())
except TypeError as e:
    print(type(e).__name__, e)
def nested(n):
    if n == 0:
        return "bottom"
    r = yield from nested(n - 1)
    yield n
    return r + f"<{n}"
gen = nested(3)
print(list(gen))
def capture(n):
    r = yield from nested(n)
    yield r
print(list(capture(3)))
