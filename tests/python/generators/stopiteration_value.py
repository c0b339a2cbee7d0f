# Generator return values travel in StopIteration.value.
def gen():
    yield 1
    yield 2
    return "result"
g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def no_return():
    yield 1
g = no_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def return_none_explicit():
    yield 1
    return None
g = return_none_explicit()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as e:
    print(e.value, e.args)
def raises_stop():
    yield 1
    raise StopIteration("explicit")
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
si = StopIteration(5, 6)
print(si.value, si.args)
print(StopIteration().value)
def drive(g):
    results = []
    while True:
        try:
            results.append(next(g))
        except StopIteration as stop:
            return results, stop.value
print(drive(gen()))
def stop_in_generator_expression():
    def bad():
        raise StopIteration
    return [x for x in (bad() for _ in range(1))]
try:
    stop_in_generator_expression()
except RuntimeError as e:
    print(type(e).__name__, e)
def leaky():
    yield next(iter([]))
print("a StopIteration leaking out of a generator becomes RuntimeError")
list(leaky())
