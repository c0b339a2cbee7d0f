# translate/maketrans, encode, format helpers and misc methods.
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
table2 = str.maketrans({"a": "1", "b": None, "c": "ccc"})
print("abcabc".translate(table2))
table3 = str.maketrans("ab", "AB", "xyz")
print("xaybzc".translate(table3), sorted(table3.items()))
print("hello".translate({ord("l"): "L", ord("o"): None}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(type(e).__name__, e)
print("Hello {}".format("x"), "abc".__getitem__(1), "ab".__add__("cd"), "ab".__mul__(2))
print("a,b;c d".replace(",", " ").replace(";", " ").split())
print("title Case words".title().split())
print("{:>6}".format("ab"), "ab".rjust(6), "ab".rjust(6) == "{:>6}".format("ab"))
print("x".join("123"), "abc".encode(), "abc".isascii())
print(str.upper("abc"), str.__len__("abcd"), str.join("+", ["1", "2"]))
word_counts = {}
for w in "the fox and the dog and the cat".split():
    word_counts[w] = word_counts.get(w, 0) + 1
print(word_counts)
print("".join(sorted("hello world".replace(" ", ""))))
print("Mississippi".lower().count("ss"), "mississippi".replace("ss", "SS", 1))
