# *args and **kwargs collection and unpacking at call sites.
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, *[2, 3], *(4,), x=5, **{"y": 6}, z=7))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
def total(*nums, start=0):
    return start + sum(nums)
print(total(1, 2, 3), total(1, 2, start=10))
def show(**opts):
    return ", ".join(f"{k}={v}" for k, v in opts.items())
print(show(b=2, a=1, c=3))
def forward(*args, **kwargs):
    return collect(*args, **kwargs)
print(forward(1, k="v"))
def args_type(*a, **k):
    return type(a).__name__, type(k).__name__
print(args_type())
try:
    collect(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    collect(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    collect(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    collect(**[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
def f(a, b):
    return a, b
try:
    f(1, **{"a": 2, "b": 3})
except TypeError as e:
    print(type(e).__name__, e)
print(f(*"xy"), f(**{"b": 1, "a": 2}))
print(f(*range(2)))
print(f(*{"k1": 1, "k2": 2}))
