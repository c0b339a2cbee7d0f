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
HAS_MORE = 1
NO_MORE = 2
def exhaust(iterator):
    return list(iterator)
def spam():
    if spam.is_recursive_call:
        return NO_MORE
    spam.is_recursive_call = True
    print("inner got", exhaust(spam.iterator))
    return HAS_MORE
spam.is_recursive_call = False
spam.iterator = iter(spam, NO_MORE)
try:
    print(next(spam.iterator))
except StopIteration:
    print("StopIteration")
n = iter(lambda: 1, 1)
print(list(n))
c = [0]
def f():
    c[0] += 1
    if c[0] == 2: raise ValueError
    if c[0] == 4: raise StopIteration
    return c[0]
it = iter(f, 100)
out = []
for _ in range(6):
    try:
        out.append(next(it))
    except ValueError:
        out.append("VE")
    except StopIteration:
        out.append("SI")
print(out)
