# Old-style sequence iteration protocol through __getitem__ and IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("out of range")
        return i * i
s = Squares(5)
print(list(s))
print(9 in s, 10 in s)
print([x for x in s if x % 2])
print(sorted(s, reverse=True), max(s), sum(s))
it = iter(s)
print(type(it).__name__, next(it), next(it))
a, b, *rest = Squares(4)
print(a, b, rest)
class Forever:
    def __getitem__(self, i):
        return i
for x in Forever():
    if x > 3:
        break
    print("forever", x)
class StopsWithKeyError:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(StopsWithKeyError())
except KeyError as e:
    print("KeyError is not a stop signal:", e)
class StopsWithStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStop()))
print(list(reversed(Squares(0))) if hasattr(Squares, "__len__") else "no __len__ so no reversed")
class SeqLen(Squares):
    def __len__(self):
        return self.n
print(list(reversed(SeqLen(4))))
try:
    reversed(Squares(3))
except TypeError as e:
    print(type(e).__name__, e)
class Dictish:
    def __getitem__(self, key):
        return {"a": 1}[key]
try:
    list(Dictish())
except KeyError as e:
    print(type(e).__name__, e)
