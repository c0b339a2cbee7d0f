# Indexing and slicing strings, including negative steps and Unicode.
s = "Hello, World"
print(s[0], s[-1], s[7], s[-5])
print(s[0:5], s[7:], s[:-7], s[::2], s[::-1], s[-5:-1], s[3:3], s[10:2], s[10:2:-1])
print(s[100:], s[-100:3], s[:100], s[1:-1:3])
u = "naïve café 日本 🎉!"
print(u[2], u[-2], u[11:13], u[::-1], len(u))
try:
    s[12]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[slice(2, None)], s[slice(None, None, -3)])
word = "racecar"
print(word == word[::-1], "palindrome" if word[:3] == word[:-4:-1] else "no")
print("".join(reversed(s)), s[::-1] == "".join(reversed(s)))
print(s[-len(s)], s[len(s) - 1])
