# float() from strings, ints and objects; accepted and rejected spellings.
for s in ["3.14", "  -2.5\n", "1e3", "1E-3", "+inf", "-Infinity", "nan", "NaN", "-nan", "1_000.5",
          ".5", "5.", "10", "1e500", "-1e500", "1e-500", "infinity", "  7  "]:
    print(repr(s), float(s))
for bad in ["", "abc", "1.2.3", "1e", "e5", "1_", "_1", "0x10", "1,5", "in f", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(), float(7), float(-0), float(True), float(10 ** 20))
print(float(b"2.5"), float(bytearray(b"-1e2")))
class F:
    def __float__(self):
        return 9.5
class I:
    def __index__(self):
        return 4
print(float(F()), float(I()))
class Bad:
    def __float__(self):
        return "x"
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float("１２.５")
    print(float("１２.５"))
except ValueError as e:
    print(type(e).__name__, e)
print("converting a bad string, uncaught")
float("12,5")
