# __iter__ / __next__ iterator protocol and StopIteration.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(c, "default"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), [x * 2 for x in r])
for a in r:
    for b in r:
        print(a, b, end="; ")
print()
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self
try:
    iter(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
print(iter(it) is it, type(it).__name__)
print(list(it), list(it))
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib()
print([next(f) for _ in range(15)])
print(dict(zip("abc", Countdown(3))))
a, b, c = Countdown(3)
print(a, b, c)
