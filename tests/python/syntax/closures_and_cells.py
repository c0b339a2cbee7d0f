# Closures capture variables (cells), not values.
def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders
print([a(10) for a in make_adders()])
def make_adders_fixed():
    def make(i):
        return lambda x: x + i
    return [make(i) for i in range(3)]
print([a(10) for a in make_adders_fixed()])
def outer():
    value = 1
    def get():
        return value
    value = 2
    return get
print(outer()())
def shared():
    data = []
    def push(x):
        data.append(x)
    def pop():
        return data.pop()
    def size():
        return len(data)
    return push, pop, size
push, pop, size = shared()
push(1); push(2); push(3)
print(size(), pop(), size())
f = outer()
print(f.__code__.co_freevars, len(f.__closure__))
print(f.__closure__[0].cell_contents)
def counter_factory():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = counter_factory()
inc(); inc()
print(inc.__closure__[0].cell_contents)
def deep():
    a = "a"
    def l1():
        b = "b"
        def l2():
            c = "c"
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())
def not_yet():
    def get():
        return later
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return get()
print(not_yet())
def outer2():
    def r():
        return x
    return r.__code__.co_freevars
print(outer2())
