# Generators keep their local state across suspensions; independent instances.
def counter(start, step):
    n = start
    while True:
        got = yield n
        if got is not None:
            n = got
        else:
            n += step
a = counter(0, 1)
b = counter(100, -10)
print([next(a) for _ in range(3)], [next(b) for _ in range(3)])
print(a.send(50), next(a), next(b))
print(a.gi_frame.f_locals["n"], b.gi_code.co_name)
def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave(iter("abc"), iter([1, 2]), iter("XYZW"))))
def gen_with_defaults(items=[]):
    items.append(len(items))
    yield list(items)
print(next(gen_with_defaults()), next(gen_with_defaults()))
def closure_gen():
    x = 1
    def inc():
        nonlocal x
        x += 1
    while x < 4:
        yield x
        inc()
print(list(closure_gen()))
def exc_state():
    try:
        raise ValueError("inside")
    except ValueError:
        yield "in handler"
        import sys
        yield repr(sys.exc_info()[1])
    yield "after handler"
print(list(exc_state()))
