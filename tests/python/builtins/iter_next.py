# iter() with a sentinel, next() with a default.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
data = [5, 4, 3, 0, 9, 8]
pos = 0
def reader():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(reader, 0)))
print(pos)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 5)))
it2 = iter(Counter(), 3)
print(type(it2).__name__, next(it2), next(it2), next(it2, "sentinel hit"))
for bad in [lambda: iter(5), lambda: iter(5, 1), lambda: next(5), lambda: next([1, 2]), lambda: iter()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(iter(it) is it, next(iter("xyz")), next(iter({"k": 1})), next(iter(range(3, 9))))
