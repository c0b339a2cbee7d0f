# Generator functions: lazy execution, state, exhaustion.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def empty():
    return
    yield
print(list(empty()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, fib()))
def pipeline():
    nums = (x for x in range(20))
    evens = (x for x in nums if x % 2 == 0)
    squares = (x * x for x in evens)
    return list(squares)
print(pipeline())
g = count_up(1)
print(g.__name__, g.__qualname__, g.gi_running, g.gi_frame is not None)
next(g)
try:
    next(g)
except StopIteration:
    print("done; frame cleared:", g.gi_frame is None)
def yield_expr_value():
    x = yield
    print("received", x)
gg = yield_expr_value()
print(next(gg))
try:
    gg.send("hello")
except StopIteration:
    print("finished")
