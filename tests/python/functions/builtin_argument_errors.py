# TypeError messages from calling builtins with wrong arguments.
tests = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: abs(),
    lambda: int("1", 2, 3),
    lambda: divmod(1),
    lambda: sorted(),
    lambda: sorted([1], 2),
    lambda: isinstance(1),
    lambda: isinstance(1, 2),
    lambda: getattr(1),
    lambda: "abc".split(1),
    lambda: "abc".replace("a"),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: {}.get(),
    lambda: "x".join([1, 2]),
    lambda: max(),
    lambda: min(1),
    lambda: sum(["a"]),
    lambda: sum([1], "s"),
    lambda: chr("a"),
    lambda: ord("ab"),
    lambda: ord(1),
    lambda: round("x"),
    lambda: list(1),
    lambda: tuple(1, 2),
    lambda: dict(1),
    lambda: range("a"),
    lambda: range(),
    lambda: iter(5),
    lambda: next([1]),
    lambda: hash([]),
    lambda: int(None),
    lambda: float([]),
    lambda: "abc".startswith(1),
    lambda: len(x=1),
    lambda: pow(1),
    lambda: zip(1),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", r)
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
