# list.sort and sorted: key, reverse, stability, mixed types errors.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True))
print(sorted(words, key=str.lower, reverse=True))
records = [("ann", 30), ("bob", 25), ("cy", 30), ("dee", 25), ("eve", 35)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_age = sorted(records, key=lambda r: r[1])
print(sorted(by_age, key=lambda r: -r[1]))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort()
print(nums)
print(sorted([[2, 1], [1, 2], [1, 1], [2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([3.5, 1, 2.25, True, -0.5]))
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted({"b": 1, "a": 2}.items()))
print(sorted([]), sorted([1]), sorted(range(5, 0, -1)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: "a" if x == 1 else 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Item({self.v})"
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(7)], key=lambda i: i.v))
lst = [5, 3, 1]
try:
    lst.sort(key=lambda x: (lst.append(x), x)[1])
except ValueError as e:
    print(type(e).__name__, e)
