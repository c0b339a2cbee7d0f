# a suspended generator in unreachable garbage is closed by the collector: its finally runs
import gc

gc.disable()


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)


class Holder:
    pass


h = Holder()
h.me = h
h.g = gen("held")
next(h.g)
del h
print("collect")
gc.collect()
print("after")


def selfref():
    g = yield
    yield g


g = selfref()
next(g)
g.send(g)
del g
print("generator cycle", gc.collect() > 0)
