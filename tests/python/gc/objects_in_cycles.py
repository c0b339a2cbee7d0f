# cycles through classes, bound methods, properties, iterators, cells and modules' kinds of
# objects are found; __del__ shows what was reclaimed
import gc

gc.disable()
gc.collect()


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def make_class():
    class K:
        pass

    K.me = K
    K.d = D("class")
    return K


make_class()
print("class cycle", gc.collect() > 0)


class M:
    def m(self):
        pass


o = M()
o.bound = o.m
o.d = D("bound")
del o
print("bound method cycle", gc.collect())

p = M()
p.d = D("plain")
p.me = p
del p
print("plain", gc.collect())

holder = []
it = iter(holder)
holder.append(it)
holder.append(D("iter"))
del it, holder
print("iterator cycle", gc.collect())


def counter():
    n = 0
    marker = D("closure")

    def inc():
        nonlocal n
        n += 1
        return inc, marker

    return inc


c = counter()
c()
del c
print("closure cycle", gc.collect() > 0)

kw = {}
kw["f"] = lambda x=kw: x
kw["d"] = D("defaults")
del kw
print("function defaults cycle", gc.collect() > 0)


sm = [D("staticmethod")]
s = staticmethod(sm)
sm.append(s)
del s, sm
print("staticmethod cycle", gc.collect())
