# Integer comparisons with floats/bools/big ints, and hash invariants.
print(1 == 1.0, 1 == True, 0 == False, 2 == 2.0000000000000001)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1 < float("nan"), 1 > float("nan"), 1 == float("nan"))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False))
print(hash(-1), hash(-2), hash(5), hash(10 ** 20) == hash(float(10 ** 20)))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(max(3, 3.0), min(3.0, 3), max(True, 1), sorted([2, 1.5, True, 0]))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print(len({1, 1.0, True}), len({0, False, 0.0, -0.0}))
print(int.__eq__(1, 1.0), int.__lt__(1, 2), (1).__eq__("1"))
print([1, 2, 3] == [1.0, 2.0, 3.0], (1, 2) < (1, 2.5))
print(sorted([3, -1, 2.5, 10 ** 20, -(10 ** 20), 0, False, True]))
print(max(10 ** 100, 1e100), min(10 ** 100, 1e100), 10 ** 100 == 1e100)
print(hash(10 ** 100) == hash(10 ** 100 + 0), hash(2 ** 61 - 2), hash(-(2 ** 61 - 2)))
print({10 ** 30: "big"}[10 ** 30], 7 in {7.0}, 7.5 in {7})
print([x for x in range(-3, 4) if -2 < x <= 2], 0 < 1 < 2.5 < 10 ** 10)
