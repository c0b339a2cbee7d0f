# slice objects: attributes, indices(), use with sequences, equality, hashing.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5), slice(1, 2))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print(slice(-100, 100).indices(4), slice(None, None, 2).indices(0), slice(10, 1, -3).indices(7))
data = list(range(12))
print(data[s], data[slice(None, None, -3)], "abcdefgh"[slice(2, -2)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
odd = slice("a", "b", "c")
print(odd.start, odd.stop, odd.step)
try:
    [1, 2, 3][odd]
except TypeError as e:
    print(type(e).__name__, e)
EVENS = slice(None, None, 2)
FIRST_THREE = slice(3)
record = "20240131ABC"
YEAR, MONTH, DAY, CODE = slice(0, 4), slice(4, 6), slice(6, 8), slice(8, None)
print(record[YEAR], record[MONTH], record[DAY], record[CODE], record[EVENS], record[FIRST_THREE])
print(slice(1, 2).start, slice(None, 3).start)
