# Converting integers to strings: str, repr, bin/oct/hex, format specs.
for n in [0, 7, -7, 255, -255, 10 ** 20]:
    print(str(n), repr(n), bin(n), oct(n), hex(n))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"), format(255, "d"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"))
print(format(1234567, ","), format(1234567, "_"), format(-1234567, ","), format(0xFFFF, "_x"))
print(format(42, "08d"), format(-42, "08d"), format(42, "+08d"), format(42, " d"))
print(format(42, "<8") + "|", format(42, ">8") + "|", format(42, "^8") + "|", format(42, "*^9") + "|")
print(format(42, "=+8"), format(42, "e"), format(42, ".2f"), format(42, "%"), format(42, "g"))
print(format(65, "c"), format(0x1F600, "c"), format(42, "n"))
print("%d %i %5d %-5d| %05d %+d %x %X %o %#x %#o" % (42, 42, 42, 42, 42, 42, 255, 255, 8, 255, 8))
print("%c %c" % (65, "z"), "%s %r" % (10, 10))
print("{:,}".format(10 ** 12), "{:b}".format(10), "{0:x}{0:X}".format(3054))
try:
    format(5, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, ".2d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(10 ** 30, "c")
except OverflowError as e:
    print(type(e).__name__, e)
print(str(True), str(False), repr(True), int("-0"), str(-0))
