# __del__ of objects in unreachable cycles runs exactly once (PEP 442), in allocation order;
# an object resurrected by its __del__ survives and is not finalized again
import gc

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("del", self.name, "peer", self.peer.name if self.peer else None)


a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("before collect")
n = gc.collect()
print("after collect", n)
print("again", gc.collect())

saved = []


class Phoenix:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("phoenix __del__")
        saved.append(self)


p = Phoenix()
print(gc.is_finalized(p))
del p
print("resurrect", gc.collect())
print(len(saved), gc.is_finalized(saved[0]))
saved[0].me = None
saved[0].me = saved[0]
saved.clear()
print("second time: no __del__", gc.collect())


class Boom:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("boom __del__ raises")
        raise ValueError("boom")


b = Boom()
del b
print("raising finalizer", gc.collect())
print("still running")


class Chain:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        print("chain", self.n)


objs = [Chain(i) for i in range(5)]
del objs
print("chain collected", gc.collect())
