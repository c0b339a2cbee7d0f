# Converting between types with int/float/str/bool/list/tuple/set/dict/bytes.
print(int("42"), int(4.9), int(True), float("2.5"), float(3), str(4.0), str([1]), bool("x"), bool(0))
print(list("ab"), tuple([1, 2]), set([1, 1, 2]), dict([("a", 1)]), frozenset("aa"), bytes([104, 105]))
print(list({"k": "v"}.items()), tuple(range(3)), str(b"x"), bytes("x", "ascii"), bytearray("é", "utf-8"))
print(int(" 7 "), float(" -1.5 "), int("-0"), float("1e-3"), int(float("1e3")), complex("3+4j"))
print(list(map(int, "1 2 3".split())), [float(x) for x in ["1", "2.5"]], ",".join(map(str, [1, 2])))
print(str(123).zfill(6), int("0" * 5 + "9"), int("1" * 3, 2), float.fromhex("0x10"), int(str(10 ** 20)) == 10 ** 20)
conversions = [("int", int, "3.5"), ("float", float, "one"), ("int", int, []), ("complex", complex, "1+"),
               ("bytes", bytes, "text"), ("dict", dict, [1]), ("list", list, None)]
for name, fn, arg in conversions:
    try:
        print(fn(arg))
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, e)
def to_number(text):
    for conv in (int, float, complex):
        try:
            return conv(text)
        except ValueError:
            continue
    raise ValueError(f"not a number: {text!r}")
print([to_number(t) for t in ["7", "-3", "2.5", "1e3", "1+2j", "inf"]])
try:
    to_number("seven")
except ValueError as e:
    print(type(e).__name__, e)
print(str(1.0), str(10 ** 16 * 1.0), repr(0.1), int("  12  "), float("  .5"))
print(list(map(bool, [0, 1, "", "x"])), tuple(map(int, ["1", "2"])), set(map(abs, [-1, 1])))
