# any() and all() short-circuit over iterables.
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any("abc"), all(""), any([None, "", 0.0]), all([[], [1]]), any(x > 5 for x in range(10)))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), seen)
seen.clear()
print(all(check(x) for x in [3, 4, 1, 5]), seen)
print(any({0: "a"}), any({1: ""}), all({0, 1}), all(range(1, 5)), all(range(0, 5)))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    all()
except TypeError as e:
    print(type(e).__name__, e)
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print(any([Truth(False), Truth(True), Truth(True)]))
