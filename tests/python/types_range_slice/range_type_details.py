# range is an immutable sequence type: unhashable-free, comparable only for equality.
r = range(1, 7, 2)
print(type(r).__name__, isinstance(r, range), r == range(1, 6, 2), r == range(1, 7, 2))
print(tuple(r), str(r), repr(range(-3)), repr(range(0, 5, 1)), repr(range(0, 5, 2)))
try:
    r < range(10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.append(9)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    range(3) + range(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3) * 2
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), list(range(Idx(), 8)), range(10)[Idx()])
print({range(3): "hashable"}[range(0, 3)])
print(range(True), list(range(False, True)))
