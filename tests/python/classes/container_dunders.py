# __getitem__/__setitem__/__delitem__/__len__ with ints, slices and keys.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [["."] * w for _ in range(h)]
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"position {pos} outside grid")
        return self.cells[y][x]
    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y][x] = value
    def __delitem__(self, pos):
        self[pos] = "."
    def __len__(self):
        return self.w * self.h
    def __str__(self):
        return "\n".join("".join(r) for r in self.cells)
g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "x"
del g[1, 1]
print(g)
print(g[3, 2], len(g))
try:
    g[9, 9]
except IndexError as e:
    print(type(e).__name__, e)
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            print("slice", idx.start, idx.stop, idx.step, idx.indices(len(self.data)))
            return Seq(self.data[idx])
        return self.data[idx]
    def __setitem__(self, idx, val):
        self.data[idx] = val
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdefg")
print(s[1:5], s[::-2], s[-1], s[:])
s[0:2] = "XY"
print(s)
class NoSet:
    def __getitem__(self, k):
        return k
try:
    NoSet()[1] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NoSet()[1]
except AttributeError as e:
    print(type(e).__name__, e)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
