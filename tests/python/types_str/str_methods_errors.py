# Wrong argument types/counts for str methods.
cases = [
    lambda: "abc".upper(1),
    lambda: "abc".find(),
    lambda: "abc".find(1),
    lambda: "abc".replace(1, 2),
    lambda: "abc".join(1),
    lambda: "abc".split(" ", "1"),
    lambda: "abc".center(),
    lambda: "abc".center("5"),
    lambda: "abc".zfill("3"),
    lambda: "abc".startswith(),
    lambda: "abc".endswith(("a", 1)),
    lambda: "abc".encode(1),
    lambda: "abc".count("a", "b"),
    lambda: "abc".index("a", 0, 1, 2),
    lambda: "abc".expandtabs("4"),
    lambda: "abc".strip("a", "b"),
    lambda: "abc".splitlines(1, 2),
    lambda: "abc".ljust(5, ""),
    lambda: "abc".removeprefix(None),
    lambda: "abc" % 5,
    lambda: str.upper(5),
    lambda: "abc".format(**{1: 2}),
]
for i, fn in enumerate(cases):
    try:
        print(i, fn())
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
