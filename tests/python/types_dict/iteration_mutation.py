# Dict and set iterators detect mutation like CPython: size changes (sticky errors), keys
# replaced during iteration, and __length_hint__ of partly consumed iterators.

d = {0: 0, 1: 1}
try:
    for k in d.items():
        print("item", k)
        del d[0]
        d[0] = 0
except RuntimeError as e:
    print("items:", e)

d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("size:", e)
del d[3]
try:
    next(it)
except RuntimeError as e:
    print("still:", e)

d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 10  # changing values is allowed
print(d)

s = {1, 2}
it = iter(s)
next(it)
s.add(3)
try:
    next(it)
except RuntimeError as e:
    print("set:", e)
s.discard(3)
try:
    next(it)
except RuntimeError as e:
    print("set still:", e)

d = {1: 1, 2: 2, 3: 3}
it = iter(d.items())
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
it = iter(d.values())
d[4] = 4
print(it.__length_hint__())
