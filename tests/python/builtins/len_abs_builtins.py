# len() and abs() across types.
print(len("hello"), len(""), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"ab"))
print(len("日本語"), len("🎉"), len(bytearray(3)), len(frozenset()), len({}.keys()), len(range(0, 100, 7)))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for bad in [5, 3.0, None, iter([1]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 30))
class Absolute:
    def __abs__(self):
        return "custom abs"
print(abs(Absolute()))
for bad in ["x", None, [1]]:
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
