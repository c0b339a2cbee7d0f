# str.join, replace, expandtabs, zfill, center/ljust/rjust.
print(", ".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), "-".join([]))
print(" ".join(str(i) for i in range(5)), "\n".join(["l1", "l2"]))
print(", ".join({"k1": 1, "k2": 2}))
try:
    ", ".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ", ".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"))
print("hello".replace("l", ""), "ababab".replace("ab", "ba", 1), "a".replace("a", "aa", -1))
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "abc\t\tx".expandtabs(2), repr("\t".expandtabs(0)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3))
print("[" + "hi".center(7) + "]", "[" + "hi".center(8, "*") + "]", "[" + "hi".ljust(5, ".") + "]", "[" + "hi".rjust(5) + "]")
print("[" + "long".center(2) + "]", "[" + "x".center(4) + "]", "[" + "ab".center(5) + "]")
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print("tab\there".expandtabs(tabsize=10))
print("%s" % "-" * 3, "=" * 10, 3 * "ab", "ab" * 0, "ab" * -1)
