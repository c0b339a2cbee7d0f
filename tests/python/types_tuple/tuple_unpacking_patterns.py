# Tuple unpacking in assignments, loops, function returns, swaps.
def min_max(seq):
    return min(seq), max(seq)
lo, hi = min_max([3, 1, 4, 1, 5])
print(lo, hi)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, name in pairs:
    print(num, name)
nums, names = zip(*pairs)
print(nums, names)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
first, *middle, last = (10, 20, 30, 40)
print(first, middle, last, type(middle).__name__)
x, y = y_x = (5, 6)
print(x, y, y_x)
def divmods(n, *ds):
    return tuple(divmod(n, d) for d in ds)
(q1, r1), (q2, r2) = divmods(17, 5, 3)
print(q1, r1, q2, r2)
data = {"a": (1, 2), "b": (3, 4)}
for key, (left, right) in data.items():
    print(key, left + right)
t = tuple(range(5))
*_, second_last, _ = t
print(second_last)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (a, b), c = (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
