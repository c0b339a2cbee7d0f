# Functions as values: passing, returning, storing in data structures.
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(str.upper, "abc"), apply(lambda: "no args"))
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}
for sym in ops:
    print(6, sym, 3, "=", ops[sym](6, 3))
def pipeline(value, *steps):
    for step in steps:
        value = step(value)
    return value
print(pipeline("  Hello World  ", str.strip, str.lower, lambda s: s.replace(" ", "_")))
def my_map(fn, xs):
    return [fn(x) for x in xs]
def my_filter(pred, xs):
    return [x for x in xs if pred(x)]
def my_reduce(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda x: x ** 2, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1))
print(sorted(["banana", "Apple", "cherry"], key=str.lower))
print(list(map(len, ["a", "bb", "ccc"])))
print(max(["a", "bbb", "cc"], key=len))
methods = [str.upper, str.title, str.swapcase]
print([m("hello world") for m in methods])
bound = "x-y-z".split
print(bound("-"))
print(list(map(pow, [2, 3], [5, 2])))
