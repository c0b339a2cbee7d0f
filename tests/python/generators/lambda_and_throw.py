# A generator lambda returns its body's value; throw() with a class whose construction
# fails raises that failure inside the generator.

f = lambda: (yield 1)


def g():
    return (yield 1)


f2 = lambda: (yield from g())


def g2():
    return (yield from g())


f3 = lambda: (yield from f())
for gen_fun in (f, g, f2, g2, f3):
    gen = gen_fun()
    print(next(gen))
    try:
        gen.send(2)
    except StopIteration as e:
        print("returned", e.value)


class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


class Boom(Exception):
    def __init__(self, *args):
        raise KeyError("from __init__")


def boring():
    yield


gen = boring()
try:
    gen.throw(E)
except TypeError as e:
    print(e)
try:
    next(gen)
except StopIteration:
    print("finished")


def catching():
    while True:
        try:
            yield
        except TypeError as e:
            print("inside TypeError:", e)
        except KeyError as e:
            print("inside KeyError:", e)


gen = catching()
next(gen)
gen.throw(E)
gen.throw(Boom)
gen.throw(Boom, ("x",))
try:
    gen.throw(1)
except TypeError as e:
    print(e)
try:
    gen.throw(ValueError("v"), 1)
except TypeError as e:
    print(e)
