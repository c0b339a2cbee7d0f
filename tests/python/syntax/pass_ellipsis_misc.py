# pass, Ellipsis bodies, semicolons, line continuation, and docstrings.
def nothing():
    pass
def dots():
    ...
class Empty:
    pass
class WithDoc:
    """Class docstring."""
def documented():
    "Function docstring."
    return 1
print(nothing(), dots(), Empty.__name__)
print(WithDoc.__doc__, documented.__doc__, nothing.__doc__)
a = 1; b = 2; c = a + b; print(c)
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,
    3,
]
print(values)
if True: pass
for _ in range(2): pass
while False: pass
print(...)
print(Ellipsis is ...)
x = ...
print(type(x).__name__)
def long_call(a,
              b,
              c):
    return a + b + c
print(long_call(1,
                2,
                3))
print("semicolon at end");
