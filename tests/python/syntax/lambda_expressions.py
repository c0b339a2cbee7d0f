# Lambda expressions: arguments, defaults, closures, immediate calls.
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
varargs = lambda *a, **k: (a, sorted(k.items()))
print(varargs(1, 2, z=3, y=4))
kwonly = lambda *, key: key * 2
print(kwonly(key="ab"))
posonly = lambda a, /, b: (a, b)
print(posonly(1, b=2))
print((lambda: "immediate")())
print((lambda x: lambda y: x + y)(3)(4))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda s: s.upper(), ["a", "b"])))
print(list(filter(lambda n: n % 2, range(10))))
fns = [lambda x, i=i: x + i for i in range(3)]
print([fn(10) for fn in fns])
late = [lambda x: x + i for i in range(3)]
print([fn(10) for fn in late])
print(sq.__name__, add.__defaults__)
print((lambda: None)() is None)
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print(cond(5), cond(0), cond(-5))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
try:
    add()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sq(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
