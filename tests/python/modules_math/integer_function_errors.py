# Errors raised by the integer functions of math.
import math
cases = [
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.0)", lambda: math.factorial(2.0)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("factorial('3')", lambda: math.factorial("3")),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("comb(5, -2)", lambda: math.comb(5, -2)),
    ("comb(5.0, 2)", lambda: math.comb(5.0, 2)),
    ("perm(-3)", lambda: math.perm(-3)),
    ("perm(5, -1)", lambda: math.perm(5, -1)),
    ("perm(5, 2.0)", lambda: math.perm(5, 2.0)),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("isqrt(4.0)", lambda: math.isqrt(4.0)),
    ("gcd(1.5, 3)", lambda: math.gcd(1.5, 3)),
    ("lcm('a')", lambda: math.lcm("a")),
    ("prod(5)", lambda: math.prod(5)),
    ("comb(5)", lambda: math.comb(5)),
    ("factorial()", lambda: math.factorial()),
    ("sqrt('4')", lambda: math.sqrt("4")),
    ("log()", lambda: math.log()),
    ("log(1, 2, 3)", lambda: math.log(1, 2, 3)),
    ("pow(1)", lambda: math.pow(1)),
    ("isclose(1)", lambda: math.isclose(1)),
]
for text, fn in cases:
    try:
        print(text, "=", fn())
    except (ValueError, TypeError) as e:
        print(text, "->", type(e).__name__ + ":", e)
