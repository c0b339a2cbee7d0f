# `global` in a class body does not hide an enclosing function's variable from the methods;
# a nested `global x` makes module-level code use GLOBAL ops for x (visible through exec
# with separate globals and locals); eval/exec refuse code objects with free variables.

def test(x):
    class Foo:
        global x

        def __call__(self, y):
            return x + y

    return Foo()


x = 0
print(test(6)(2))
x = -1
print(test(3)(2))


def test2(x):
    class Foo:
        global x
        y = x

        def m(self):
            return x

    return Foo


x = 100
F = test2(7)
print(F.y, F().m())


def test3():
    v = 1

    class C:
        nonlocal v
        v = 2

        def m(self):
            return v

    return C, v


C, v = test3()
print(v, C().m())

src = """if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    result9 = g()
    result2 = h()
"""
glob, loc = {}, {}
exec(src, glob, loc)
print(sorted(k for k in glob if k != "__builtins__"), sorted(loc))
print(loc["result2"], loc["result9"])


def outer(a):
    return lambda: a + 1


code = outer(3).__code__
for fn in (eval, exec):
    try:
        fn(code)
    except TypeError as e:
        print(fn.__name__, e)
    try:
        fn(code, {})
    except TypeError as e:
        print(fn.__name__, e)
