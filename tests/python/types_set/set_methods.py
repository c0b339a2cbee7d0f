# Mutating set methods and their errors.
s = {3, 1, 2}
s.add(4)
s.add(1)
print(s, len(s))
s.discard(10)
s.discard(3)
print(s)
s.remove(4)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
p = s.pop()
print(p, s)
s.update([7, 8], {9}, range(2))
print(s)
s.intersection_update({0, 1, 7, 8, 100})
print(s)
s.difference_update([0])
print(s)
s.symmetric_difference_update({1, 2})
print(s)
c = s.copy()
c.clear()
print(c, s)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(s))
print("removing a missing element without a handler")
s.remove(12345)
