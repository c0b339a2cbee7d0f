# Tuples: construction, packing, single-element syntax, immutability, methods.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], type(t).__name__)
single = (5,)
not_tuple = (5)
print(single, type(single).__name__, not_tuple, type(not_tuple).__name__)
packed = 1, "two", 3.0
print(packed, () , tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"k": 1}))
print(t.count(2), t.index(3), (1, 2, 1, 1).count(1), (1, 2, 3, 2).index(2, 2))
print(t + (4, 5), t * 2, 2 * (0,), (1, 2) * 0)
print(3 in t, 4 not in t, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,))
print((1, [2, 3])[1], ((1, 2), (3, 4))[1][0])
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
mutable_inside = ([1], [2])
mutable_inside[0].append(10)
print(mutable_inside)
print(tuple(t) == t, t[:] == t)
point = (3, 4)
print("mutating a tuple, uncaught")
point[0] = 5
