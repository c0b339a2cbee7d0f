# Errors mixing bytes with str and invalid operations.
cases = [
    lambda: b"a" + "b",
    lambda: "a" + b"b",
    lambda: b"abc".decode("utf-32"),
    lambda: b"abc".replace("a", "b"),
    lambda: b"abc" < "abc",
    lambda: b"%s" % "text",
    lambda: b"%d" % b"1",
    lambda: bytes("é", "ascii"),
    lambda: bytes(5, "utf-8"),
    lambda: b"x".center(3, "*"),
    lambda: int.from_bytes("ab", "big"),
    lambda: b"abc" * b"x",
    lambda: "abc" in b"abc",
    lambda: b"abc".count("a"),
    lambda: bytearray(b"a").extend("bc"),
]
for i, fn in enumerate(cases):
    try:
        print(i, fn())
    except (TypeError, ValueError, UnicodeError) as e:
        print(i, type(e).__name__, e)
print(b"abc" == "abc", b"" == "", bytearray(b"a") == b"a", bytearray(b"a") == "a")
