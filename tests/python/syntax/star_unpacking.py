# Extended iterable unpacking with a starred target.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
a, *mid, z = "hello"
print(a, mid, z)
a, *mid, z = "hi"
print(a, mid, z)
*everything, = (1, 2)
print(everything)
head, *tail = [9]
print(head, tail)
(x, *y), *w = [1, 2, 3], 4, 5
print(x, y, w)
for a, *b in [(1, 2, 3), (4,), (5, 6)]:
    print(a, b)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c = (1,)
except ValueError as e:
    print(type(e).__name__, e)
# star in displays
l1 = [1, 2]
l2 = (3, 4)
print([*l1, *l2, 5])
print((*l1, 0))
print({*l1, *l2})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*l1, *l2, sep="-")
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*l1, 7, *l2, **{"x": 1}, y=2))
s = "abc"
print([*s])
print([*range(3), *"xy"])
def gen():
    yield 1
    yield 2
print([*gen(), *gen()])
