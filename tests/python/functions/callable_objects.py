# Callable objects: classes, instances with __call__, bound methods, builtins.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), callable(5), callable("s"))
print(list(map(add5, [1, 2, 3])))
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name):
        return f"{self.greeting}, {name}"
g = Greeter("Hey")
m = g.greet
print(m("you"), m.__self__ is g, m.__func__ is Greeter.greet, m.__name__)
print(Greeter.greet(g, "unbound call"))
print(type(m).__name__, type(Greeter.greet).__name__)
print(m == g.greet, m is g.greet)
funcs = [len, str.upper, Adder(1), lambda x: x, Greeter]
for fn in funcs:
    print(type(fn).__name__, callable(fn))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class CallViaClassAttr:
    pass
inst = CallViaClassAttr()
inst.__call__ = lambda: "instance attr"
try:
    inst()
except TypeError as e:
    print(type(e).__name__, e)
CallViaClassAttr.__call__ = lambda self: "class attr"
print(inst())
