# str.split / rsplit / splitlines / partition / rpartition.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 1))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2))
print("".split(), "".split(","), "   ".split(), "  ".split(" "))
print("one::two::three".split("::"), "x".split("x"))
print("a1b2c3".split("b2"), "aaa".split("a"), "abc".split("abc"))
print("line1\nline2\r\nline3\rline4\n".splitlines())
print("line1\nline2\r\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("  x  y  ".rsplit(), "a-b-c".rsplit("-", maxsplit=1), "a-b-c".split(sep="-", maxsplit=0))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("a b".split(maxsplit=-1), "1,2,3".split(",", -5))
