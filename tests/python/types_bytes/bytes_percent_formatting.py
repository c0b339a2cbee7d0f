# printf-style formatting for bytes and bytearray.
print(b"%s-%s" % (b"ab", bytearray(b"cd")), b"%d %i %x %X %o" % (42, -7, 255, 255, 8))
print(b"%5d|%-5d|%05d|%+d" % (42, 42, 42, 42), b"%.2f %e %g" % (3.14159, 1234.5, 0.0001))
print(b"%c%c" % (65, b"B"), b"%%" % (), b"%a" % "é", b"%r" % b"x")
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 9})
print(bytearray(b"%s!") % b"hi", type(bytearray(b"%s") % b"x").__name__)
class B:
    def __bytes__(self):
        return b"custom-bytes"
print(b"%s" % B())
for bad in [lambda: b"%s" % "str", lambda: b"%d" % "1", lambda: b"%s %s" % (b"a",), lambda: b"%c" % 256,
            lambda: b"%y" % 1]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
header = b"%-8s|%8s|" % (b"name", b"value")
row = b"%-8s|%8.2f|" % (b"pi", 3.14159)
print(header)
print(row)
print(len(header) == len(row), header.decode().split("|"))
print(b"%(a)s-%(a)s" % {b"a": b"x"}, b"%5.1s|" % b"abc", b"%-3c|" % 65)
print(b"%o %#o %x %#X %e" % (64, 64, 3054, 3054, 0.5))
