# sum() with start values, floats, and errors.
print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2], [3]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum([True, True, False]))
print(sum(x * x for x in range(5)), sum({1: "a", 2: "b"}), sum({1, 2, 3}, start=4))
print(sum([1e100, 1.0, -1e100]), sum([10 ** 20, 1]), sum([0.5, 0.25], 0.125))
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
print(sum([Money(1), Money(2), Money(3)]).c)
for fn in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()),
           lambda: sum(["a", "b"]), lambda: sum(5), lambda: sum([1, None])]:
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(sum(map(sum, matrix)), [sum(col) for col in zip(*matrix)], sum(matrix[i][i] for i in range(3)))
print(sum(range(1, 101)) == 100 * 101 // 2, sum(1 / 2 ** k for k in range(60)))
print(sum([1, 2, 3], start=10), sum([], start=[]), sum([2.5, 2.5], 0))
print(sum([10 ** 20, -10 ** 20, 1]), sum([0.1] * 3) == 0.3, round(sum([0.1] * 3), 10) == 0.3)
