# Strings are immutable: methods return new strings; item assignment fails.
s = "hello"
u = s.upper()
print(s, u, s is not u)
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
t = s
s += " world"
print(s, "|", t)
chars = list("hello")
chars[0] = "J"
print("".join(chars))
print(s.replace("l", "L"), s)
print(type(s).__name__, isinstance(s, str), str.__mro__)
print("".join(["a"] * 3) == "aaa", "abc"[:] == "abc")
