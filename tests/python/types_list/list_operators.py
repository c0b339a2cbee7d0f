# List concatenation, repetition, comparison, membership, aliasing.
a = [1, 2]
b = [3]
print(a + b, a * 3, 0 * a, -1 * a, a * True)
c = a
c += b
print(a, c is a)
c = c + [4]
print(a, c, c is a)
m = [[0] * 2] * 3
m[0][0] = 9
print(m)
m2 = [[0] * 2 for _ in range(3)]
m2[0][0] = 9
print(m2)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print([1, [2, 3]] == [1, [2, 3]], [1.0] == [1], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n])
print(3 in [1, 2, 3], [1] in [[1], [2]], 4 not in [1, 2])
x = [1, 2, 3]
y = x
y.append(4)
print(x)
z = list(x)
z.append(5)
print(x, z)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < [None]
except TypeError as e:
    print(type(e).__name__, e)
lst = [1, 2]
lst *= 2
print(lst)
lst *= 0
print(lst)
