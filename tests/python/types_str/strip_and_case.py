# Stripping and case conversion methods.
s = "  \t Hello, World! \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt.bak".rstrip(".bak"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"), "abc".removesuffix(""))
print("hello world".upper(), "HELLO World".lower(), "hello world".title(), "hello world".capitalize())
print("Hello World".swapcase(), "ß".upper(), "ǅ".lower(), "ǆ".title(), "ﬁ".upper())
print("hello wORLD".capitalize(), "they're bill's friends".title(), "3rd place".title())
print("Straße".casefold(), "Straße".lower(), "ΣΊΣΥΦΟΣ".lower())
print("".upper(), "123".upper(), "mIxEd 123 !".swapcase())
print("  ".strip() == "", "\u3000x\u3000".strip(), "\xa0y\xa0".strip())
print("aaa".strip("a"), "abc".strip(""), "abc".strip(None))
try:
    "abc".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
names = ["  alice ", "BOB", "cHARLIE  ", "\tdave\n"]
clean = [n.strip().capitalize() for n in names]
print(clean, [n.upper() for n in clean], [n.lower().center(9, ".") for n in clean])
print("snake_case_name".replace("_", " ").title().replace(" ", ""))
print("".join(w.capitalize() for w in "kebab-case-name".split("-")))
print("  padded  ".strip(" pd"), "xxABCxx".lstrip("x").rstrip("x"), "a.b.c".strip("."), "...".strip("."))
print("İstanbul".lower().upper() == "İSTANBUL".lower().upper(), "ﬃ".casefold(), "ΣΑΣ".lower())
