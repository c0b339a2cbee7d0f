# Assignment expressions (:=).
if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
values = iter([3, 2, 1, 0, 7])
while (v := next(values)) != 0:
    print("value", v)
print("stopped with", v)
print((a := 1, b := 2))
print(a, b)
def f():
    if any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]):
        return hit
print(f())
total = 0
running = [total := total + x for x in range(5)]
print(running, total)
def scope():
    [z := i for i in range(4)]
    return z
print(scope())
x = (w := 5) + w
print(x, w)
print(f"{(q := 3) * 2} {q}")
lst = [m := 1, m + 1, m + 2]
print(lst)
def counter():
    count = 0
    def bump():
        nonlocal count
        return [(count := count + 1) for _ in range(3)]
    return bump(), count
print(counter())
print((lambda: (t := 9) + t)())
print("name bound by walrus in a lambda does not leak")
print(t)
