# format() builtin and __format__ dispatch.
print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">4"), format(255, "#x"), format(0.25, "%"))
print(format(1234567.891, ",.2f"), format(-42, "+"), format(True), format(None), format([1, 2]))
print(format(12, "b"), format(12, "o"), format(1e-7), format(123, ""), format("s", ""))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec) + "°C"
t = Temp(21.5)
print(format(t, ".1F"), format(t, ".0f"), f"{t:.2F}", "{:>8}".format(Temp(3)))
for bad in [lambda: format(1, "q"), lambda: format("s", "d"), lambda: format([], "x"), lambda: format(1.5, ","+"_")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for spec in ["", ">6", "<6", "^6", "06", "+", ",", "_", "x", "o", "b", "e", ".1f", "%"]:
    try:
        print(repr(spec), repr(format(1234, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(format(0.1, ".30f"), format(-0.0, "+"), format(float("nan"), "+"), format(1e21, ","))
