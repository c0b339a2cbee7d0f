# Function decorators: simple, parameterized, stacked, class decorators.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__, add.__wrapped__(1, 1))
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
order = []
def tag(name):
    order.append("make " + name)
    def deco(fn):
        order.append("apply " + name)
        def wrapper():
            return f"<{name}>" + fn() + f"</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "t"
print(text())
print(order)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "A"
@register
def beta():
    return "B"
print(sorted(registry), registry["beta"]())
def add_method(cls):
    cls.extra = lambda self: "extra method"
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())
@lambda fn: fn()
def run_immediately():
    return "ran at decoration"
print(run_immediately)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
decos = [trace]
@decos[0]
def sub(a, b):
    return a - b
sub(5, 1)
