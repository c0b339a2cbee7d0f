# str.format with positional, keyword, attribute, index fields and nested specs.
print("{} {} {}".format("a", "b", "c"))
print("{2} {1} {0} {0}".format("x", "y", "z"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[0]} {0[key]} {1.real} {1.imag}".format({0: "zero", "key": "val"}, 3 + 4j))
print("{0[1]}".format(["a", "b"]))
class P:
    x = 10
    items = [1, 2, 3]
print("{p.x} {p.items[2]}".format(p=P()))
print("{:>{width}}|{:^{w2}.{p}f}|".format("r", 3.14159, width=6, w2=10, p=2))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{}} {{{0}}}".format("inside"))
print("{0:{fill}{align}{width}}".format("mid", fill="*", align="^", width=9))
print("{:,} {:_b} {:#x} {:08.3f} {:+} {:%}".format(1234567, 10, 255, 3.14159, 5, 0.25))
print("{:s}".format("plain"), "{}".format(None), "{!s:10}|".format(None))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{known} {unknown}".format_map(Default(known="K")))
errors = [
    lambda: "{} {}".format(1),
    lambda: "{0} {}".format(1, 2),
    lambda: "{name}".format(x=1),
    lambda: "{0[5]}".format([1]),
    lambda: "{0.nope}".format(1),
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "{:d}".format("s"),
    lambda: "{!x}".format(1),
    lambda: "{:<<<}".format(1),
    lambda: "{0[-1]}".format(["a"]),
    lambda: "{:10}".format(None),
]
for fn in errors:
    try:
        print(fn())
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
