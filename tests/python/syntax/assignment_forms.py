# Simple, chained and multiple-target assignment forms.
x = 1
print(x)
a = b = c = [1, 2]
print(a, b, c, a is b, b is c)
a.append(3)
print(c)
x, y = 10, 20
print(x, y)
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "ab"
print(s, t)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 5
print(i, lst)
class Obj:
    pass
o = Obj()
o.attr = o.other = 7
print(o.attr, o.other)
d = {}
d["k"] = d["j"] = "v"
print(d)
n = 5
n = n * 2 + 1
print(n)
# assignment from function
def pair():
    return "left", "right"
l, r = pair()
print(l, r)
# nested target lists
((a1, a2), (b1, b2)) = [[1, 2], (3, 4)]
print(a1, a2, b1, b2)
for (k, v) in [("one", 1), ("two", 2)]:
    print(k, v)
# swap via tuple of three
u, v, w = 1, 2, 3
u, v, w = w, u, v
print(u, v, w)
try:
    e1, e2 = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    e1, e2, e3 = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    e1, e2 = 5
except TypeError as e:
    print(type(e).__name__, e)
