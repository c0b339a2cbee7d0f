# Errors around generators: re-entrancy, exceptions inside, gi_running.
def self_ref():
    yield next(g)
g = self_ref()
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
def failing():
    yield 1
    raise KeyError("inside generator")
f = failing()
print(next(f))
try:
    next(f)
except KeyError as e:
    print(type(e).__name__, e)
print(list(f))
def check_running():
    yield gen.gi_running
gen = check_running()
print(next(gen), gen.gi_running)
def gen_with_try():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError:
        yield "caught inside"
    yield "after"
print(list(gen_with_try()))
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
def lazy_fail():
    raise ValueError("only when started")
    yield
lf = lazy_fail()
print("created without error")
try:
    next(lf)
except ValueError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(next((x for x in []), "default from empty genexp"))
def gen_throw_type():
    yield 1
t = gen_throw_type()
next(t)
try:
    t.throw(5)
except TypeError as e:
    print(type(e).__name__, e)
