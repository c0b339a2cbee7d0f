# Which objects can be dict keys; equal keys collapse (1, 1.0, True).
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "first", 1: "second"}
print(d2)
keys = [None, 0, -1, 3.5, "s", b"b", (1, 2), frozenset({1}), range(3), int, len, ...]
d3 = {k: i for i, k in enumerate(keys)}
print(len(d3), d3[(1, 2)], d3[frozenset([1])], d3[int], d3[...], d3[range(0, 3)])
for bad in [[1], {1: 2}, {1}, bytearray(b"x"), (1, [2])]:
    try:
        {bad: 1}
    except TypeError as e:
        print(type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in d
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
dn = {nan: 1}
print(dn[nan], float("nan") in dn)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
dk = {K(1): "one"}
print(dk[K(1)], K(2) in dk)
print({0: "a", 0.0: "b", -0.0: "c", False: "d"})
