# Slice reads, slice assignment (growing/shrinking), extended slices and deletion.
a = list(range(10))
print(a[2:7], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2], a[-100:100])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200, 300]
print(b)
b[:] = "abc"
print(b)
c = list(range(10))
c[::2] = [0] * 5
print(c)
c[1::2] = "ABCDE"
print(c)
del c[::3]
print(c)
d = list(range(6))
d[4:1] = ["inserted"]
print(d)
d[-2:] = []
print(d)
e = [1, 2, 3]
e[5:] = [9]
print(e)
e[len(e):] = [10, 11]
print(e)
try:
    e[::2] = [1]
except ValueError as err:
    print(type(err).__name__, err)
try:
    e[0:2] = 5
except TypeError as err:
    print(type(err).__name__, err)
f = [1, 2, 3, 4]
f[1:3] = f
print(f)
g = [0, 1, 2, 3, 4, 5]
g[::-2] = "abc"
print(g)
h = [1, 2, 3]
h[0:0] = h
print(h)
