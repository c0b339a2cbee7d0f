# int() from strings with bases, underscores, whitespace, floats and other types.
print(int(), int(0), int("42"), int("  -17  "), int("+5"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("10", 2), int("777", 8), int("-0b11", 0), int("0", 0))
print(int(3.99), int(-3.99), int(1e20), int(True), int(-0.0))
print(int("١٢٣"), int("\u0661\u0662"))
print(int(b"42"), int(bytearray(b"17")), int(b"ff", 16))
for bad in ["", " ", "1.5", "0x", "1__0", "_1", "1_", "12a", "0b102", "١٢x"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for text, base in [("08", 0), ("9", 8), ("g", 16), ("0x1", 10), ("1", 1), ("1", 37)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
class WithInt:
    def __int__(self):
        return 7
print(int(WithInt()))
print(int("0_0"), int("00"), int("-000"))
try:
    int("00", 0)
    print(int("00", 0))
    int("01", 0)
except ValueError as e:
    print(type(e).__name__, e)
