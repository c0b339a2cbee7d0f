# __format__ customisation used by format(), str.format and f-strings.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)
m = Money(12345)
print(format(m), format(m, "cents"), format(m, ">10.1f"))
print(f"{m} {m:cents} {m:,.3f}")
print("{} {:cents}".format(m, m))
class NoFormat:
    def __str__(self):
        return "str-of-NoFormat"
print(format(NoFormat()), f"{NoFormat()}", "{}".format(NoFormat()))
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class Coord:
    def __init__(self, lat, lon):
        self.lat, self.lon = lat, lon
    def __format__(self, spec):
        spec = spec or ".2f"
        return f"({self.lat:{spec}}, {self.lon:{spec}})"
c = Coord(51.5074, -0.1278)
print(f"{c}", f"{c:.4f}", f"{c:e}")
print(format(3, ""), format(True, ""), format(None, ""))
print(object.__format__(NoFormat(), ""))
