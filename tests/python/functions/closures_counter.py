# Closures used to build stateful functions.
def make_accumulator(start=0):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = make_accumulator(100)
print(acc(10), acc(-5), acc(0))
def make_multiplier_table(n):
    return [lambda x, k=k: x * k for k in range(1, n + 1)]
print([f(3) for f in make_multiplier_table(5)])
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n in cache:
            return cache[n]
        result = cache[n] = fn(n)
        return result
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5))
print(sorted(slow_square.cache.items()))
def once(fn):
    done = False
    result = None
    def wrapper():
        nonlocal done, result
        if not done:
            result = fn()
            done = True
        return result
    return wrapper
@once
def init():
    print("init runs")
    return 42
print(init(), init())
def curry(f):
    def c(*args):
        if len(args) >= f.__code__.co_argcount:
            return f(*args)
        return lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
