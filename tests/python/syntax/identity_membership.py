# is / is not / in / not in operators.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
print(1 in a, 3 in a, 3 not in a, not 3 in a)
print("ell" in "hello", "" in "abc", "z" in "abc")
print(2 in (1, 2), 2 in {2: "x"}, "x" in {2: "x"}, 2 in {1, 2})
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 3 in range(0, 10, 2))
print(b"a" in b"abc", 97 in b"abc")
class Cont:
    def __contains__(self, item):
        print("contains called with", item)
        return item == "magic"
print("magic" in Cont(), "other" in Cont())
class IterOnly:
    def __iter__(self):
        return iter([10, 20, 30])
print(20 in IterOnly(), 25 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 100
print(200 in GetItemOnly(), 50 in GetItemOnly())
nan = float("nan")
print(nan in [nan], nan == nan)
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] in {1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
