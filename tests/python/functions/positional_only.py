# Positional-only parameters (/).
def f(a, b, /, c, *, d):
    return (a, b, c, d)
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))
def h(a, b=2, /, c=3):
    return a, b, c
print(h(1), h(1, 5), h(1, 5, 6), h(1, c=9))
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
print(h.__code__.co_posonlyargcount, h.__code__.co_argcount, h.__code__.co_kwonlyargcount)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
def only(a, /):
    return a
try:
    only()
except TypeError as e:
    print(type(e).__name__, e)
try:
    only(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    only(a=1)
except TypeError as e:
    print(type(e).__name__, e)
