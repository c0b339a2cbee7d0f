# An iterator whose step raised can be resumed (map, filter, enumerate, zip, iter(seq)),
# as in CPython.

def f(x):
    if x == 1:
        raise ValueError("one")
    return x * 10


makers = [
    ("map", lambda: map(f, [1, 2, 3])),
    ("filter", lambda: filter(f, [1, 2, 3])),
    ("enumerate", lambda: enumerate(map(f, [1, 2, 3]))),
    ("zip", lambda: zip(map(f, [1, 2, 3]), "abc")),
]
for name, mk in makers:
    it = mk()
    try:
        next(it)
    except ValueError as e:
        print(name, "error", e)
    print(name, list(it))


class G:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError(i)
        if i > 3:
            raise IndexError
        return i


g = iter(G())
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
print(list(g))

calls = []


def source():
    calls.append(1)
    if len(calls) == 2:
        raise OSError("flaky")
    return len(calls)


it = iter(source, 4)
out = []
while True:
    try:
        out.append(next(it))
    except OSError as e:
        out.append(str(e))
    except StopIteration:
        break
print(out)
