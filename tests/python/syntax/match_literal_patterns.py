# match statement: literal, capture and wildcard patterns.
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "true"
        case None:
            return "none"
        case 2j:
            return "imaginary"
        case _:
            return "other: " + repr(value)
for v in [0, 1, 3, -1, 1.5, "hello", b"bytes", True, None, 2j, 99, "x", 1.0, False]:
    print(repr(v), "->", describe(v))
def capture(v):
    match v:
        case "special":
            return "special"
        case anything:
            return "captured " + repr(anything)
print(capture("special"), capture(42))
def boolmatch(v):
    match v:
        case False:
            return "False literal"
        case 0:
            return "zero literal"
    return "fallthrough"
print(boolmatch(0), boolmatch(False), boolmatch(0.0), boolmatch(1))
match 5:
    case x if x > 10:
        print("big")
    case x:
        print("bound x =", x)
print("x after match:", x)
