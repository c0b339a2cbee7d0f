# Division/modulo by zero errors, and an uncaught one at the end.
ops = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("0 / 0", lambda: 0 / 0),
    ("10**30 // 0", lambda: 10 ** 30 // 0),
    ("pow(2, -1, 4)", lambda: pow(2, -1, 4)),
    ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("5 % False", lambda: 5 % False),
]
for text, fn in ops:
    try:
        print(text, "=", fn())
    except (ZeroDivisionError, ValueError) as e:
        print(text, "->", type(e).__name__ + ":", e)
print(pow(3, -1, 7), pow(38, -1, 97), pow(5, 0, 1))
numerator = 100
denominator = 0
print("about to divide")
print(numerator // denominator)
