# String concatenation, repetition, comparison, and immutability.
a = "abc"
b = a + "def"
print(b, a * 3, 2 * "xy", "-" * 0, a + "")
print("apple" < "banana", "Apple" < "apple", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
print("a" == "a", "a" != "b", "abc" >= "abc", sorted(["banana", "Apple", "cherry", "apple"]))
print(max("hello"), min("hello"), sorted("hello"), list("hi"))
s = "x"
for i in range(5):
    s += str(i)
print(s, len(s))
t = a
a += "!"
print(a, t)
print("abc" * True, "ab" + str(1) + str(2.5) + str(None))
try:
    "a" - "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
print(str(), str(123), str([1, "a"]), str({"k": "v"}), str(3.0), str(-0.0))
print(hash("abc") == hash("ab" + "c"), "abc".__len__(), "abc".__contains__("b"))
print("a" "b" == "ab", "abc"[1] == "b")
