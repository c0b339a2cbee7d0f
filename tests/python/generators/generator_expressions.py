# Generator expressions: laziness, single-use, scoping, and as sole argument.
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abcd", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(sorted((c for c in "hello"), reverse=True))
print(dict((k, len(k)) for k in ["aa", "b"]))
print(tuple(i for i in range(3)), set(i % 2 for i in range(4)))
print("-".join(str(i) for i in range(5)))
calls = []
def src():
    for i in range(3):
        calls.append(i)
        yield i
lazy = (v * 10 for v in src())
print(calls)
print(next(lazy), calls)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
filtered = (x for x in range(20) if x % 2 if x % 3)
print(list(filtered))
x = 100
gen = (x for x in range(3))
print(list(gen), x)
funcs = (lambda: i for i in range(3))
print([f() for f in funcs])
def outer():
    y = 5
    return list(y + i for i in range(3))
print(outer())
try:
    print(sum(1 / x for x in [1, 0]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
ge = (i for i in range(2))
print(ge.__name__, iter(ge) is ge)
