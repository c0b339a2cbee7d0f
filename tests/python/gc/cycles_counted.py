# gc.collect() returns the number of unreachable objects it found, as CPython 3.11 counts them
import gc

gc.disable()
gc.collect()

a = []
a.append(a)
del a
print("self list", gc.collect())

d = {}
d["me"] = d
del d
print("self dict", gc.collect())


class A:
    pass


x = A()
y = A()
x.other = y
y.other = x
del x, y
print("two instances", gc.collect())

x = A()
x.me = x
x.data = [1, 2, 3]
del x
print("instance with list", gc.collect())

a = []
a.append(a)
a.append({})
a.append({1: 2})
a.append((1, 2))
del a
print("atomic dict and tuple not counted", gc.collect())

a = []
a.append(a)
a.append({1: []})
a.append(([], 2))
del a
print("containers counted", gc.collect())


def outer():
    def inner():
        return inner

    return inner


f = outer()
del f
print("recursive closure", gc.collect())


class S:
    __slots__ = ("a",)


s = S()
s.a = s
del s
print("slots", gc.collect())

st = set()
h = A()
st.add(h)
h.s = st
del st, h
print("set and instance", gc.collect())

l1 = [1]
l2 = [2, l1]
l1.append(l2)
del l1, l2
print("two lists", gc.collect())

keep = [1, 2]
keep.append(keep)
print("reachable cycle", gc.collect())
print(keep[:2])
print("nothing left", gc.collect())
