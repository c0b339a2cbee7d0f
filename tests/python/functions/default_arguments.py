# Default argument values are evaluated once at definition time.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di"))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to.__defaults__)
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot())
def kw_defaults(*, a=1, b):
    return a, b
print(kw_defaults(b=2), kw_defaults.__kwdefaults__)
def f(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(0, c=3))
print(f(0, 9, 8, 7, c=3, e=5))
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (100,)
print(f(0, c=0))
def no_defaults(x):
    return x
print(no_defaults.__defaults__, no_defaults.__kwdefaults__)
