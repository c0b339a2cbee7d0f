# sorted() and reversed() over various iterables.
print(sorted([3, 1, 2]), sorted("bca"), sorted((3, 1)), sorted({3: 0, 1: 0}), sorted({5, 2, 9}))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([], reverse=True))
print(sorted([-3, 2, -1], key=abs, reverse=True), sorted(x % 5 for x in range(10)))
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is original)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), "".join(reversed("stressed")))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())))
class CustomRev:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(CustomRev())))
for bad in [lambda: reversed({1, 2}), lambda: reversed(5), lambda: reversed(x for x in "ab"), lambda: sorted(1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1, 2], key=len)
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
