# bytes methods mirror str methods.
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower(), b.swapcase(), b.title())
print(b.split(), b.split(b","), b"a,b,,c".split(b","), b"a b c".rsplit(None, 1), b"k=v".partition(b"="))
print(b.find(b"World"), b.index(b"H"), b.count(b"l"), b.rfind(b"l"), b.find(111), b.count(ord("l")))
print(b.replace(b"l", b"L"), b.startswith(b"  H"), b.endswith((b"!", b"!  ")), b"-".join([b"a", b"b"]))
print(b"abc".center(9, b"*"), b"42".zfill(5), b"abc".ljust(5) + b"|", b"abc".rjust(5), b"a\tb".expandtabs(4))
print(b"abc123".isalnum(), b"abc".isalpha(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"line1\nline2\r\n".splitlines(), b"x".removeprefix(b"x"), b"file.bin".removesuffix(b".bin"))
print(b"hello".capitalize(), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcabc".translate(None, b"b"))
print(b"mississippi".rpartition(b"ss"), b"abc".rindex(b"c"), b"aXbXc".rsplit(b"X", 1))
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".split("b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".join(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".find(256)
except ValueError as e:
    print(type(e).__name__, e)
print(b"a b".split(maxsplit=1), b"".join([]), b"\xff".decode("latin-1"))
