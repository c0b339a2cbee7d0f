# Slice syntax on lists, strings and custom __getitem__.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3])
print(s[8:2:-2], s[100:], s[-100:2], s[5:5], s[5:2])
lst = list(range(10))
print(lst[::3], lst[-1:-5:-1], lst[3:-3])
lst[2:4] = ["x", "y", "z"]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
lst[:] = []
print(lst)
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1:2], sh[1:2:3], sh[:], sh[::], sh[::-1])
print(sh[1, 2], sh[1:2, ::3], sh[...], sh[:, None])
print(sh[()], sh[(1,)], sh[-1])
t = (1, 2, 3, 4)
print(t[1:3], t[::-2])
b = b"hello"
print(b[1:3], b[::-1])
n = 2
print(s[n:n * 2], s[len(s) // 2:])
try:
    lst2 = [1, 2, 3, 4]
    lst2[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(s[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(s[1.5:2])
except TypeError as e:
    print(type(e).__name__, e)
sl = slice(1, 8, 2)
print(s[sl], sl.start, sl.stop, sl.step)
