# map() and filter(): laziness, multiple iterables, None predicate.
m = map(str.upper, ["a", "b"])
print(type(m).__name__, list(m), list(m))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(map(abs, [-1, 2, -3])))
print(list(map(int, "123")), list(map(len, ["a", "bb"])), list(map(pow, [2, 3], [3, 2], [5, 5])))
f = filter(lambda x: x % 2, range(10))
print(type(f).__name__, list(f))
print(list(filter(None, [0, 1, "", "x", [], [0], None, False, 0.0, 2])))
print(list(filter(str.isdigit, "a1b2c3")), "".join(filter(str.isalpha, "h3ll0 w0rld")))
log = []
def noisy(x):
    log.append(x)
    return x * 2
lazy = map(noisy, [1, 2, 3])
print(log, next(lazy), log)
print(list(map(lambda *args: sum(args), [1, 2], [3, 4], [5, 6])))
for bad in [lambda: map(len), lambda: list(map(len, [1])), lambda: filter(None), lambda: list(filter(5, [1]))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
