# Comprehensions have their own scope; the first iterable is evaluated outside.
x = "outer"
result = [x for x in range(3)]
print(result, x)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
class C:
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
    try:
        scaled = [v * factor for v in data for factor in [2]]
    except NameError as e:
        scaled = str(e)
    factor = 3
    try:
        bad = [v * factor for v in data]
    except NameError as e:
        bad = "NameError: " + str(e)
print(C.doubled)
print(C.scaled)
print(C.bad)
def g():
    items = [lambda: n for n in range(3)]
    return [fn() for fn in items]
print(g())
def h():
    total = 0
    vals = [total := total + v for v in [1, 2, 3]]
    return vals, total
print(h())
try:
    [i for i in range(3)]
    print(i)
except NameError as e:
    print(type(e).__name__, e)
def outer():
    k = 5
    def inner():
        return [k * j for j in range(3)]
    return inner()
print(outer())
gen = (z for z in range(3))
print(list(gen), list(gen))
def first_iter_evaluated_eagerly():
    try:
        g = (a for a in undefined_thing)
    except NameError as e:
        return "eager: " + str(e)
    return "lazy"
print(first_iter_evaluated_eagerly())
def later_iter_lazy():
    g = (a + b for a in [1] for b in undefined_thing2)
    try:
        next(g)
    except NameError as e:
        return "lazy: " + str(e)
print(later_iter_lazy())
