# bytearray: a mutable bytes sequence.
ba = bytearray(b"hello")
ba[0] = ord("H")
print(ba, len(ba), ba[0], ba[-1])
ba.append(33)
ba.extend(b" ok")
ba += b"!"
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[0:0] = b"[["
del ba[-3:]
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba))
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") == b"x")
c = bytearray(b"abc")
d = c.copy()
d[0] = 120
print(c, d, c * 2, c + b"d", type(c + b"d").__name__, bytes(c))
for bad in [lambda: c.__setitem__(0, 256), lambda: c.__setitem__(0, b"x"), lambda: c.append(-1),
            lambda: c.pop(10), lambda: c.remove(122), lambda: bytearray().pop(), lambda: hash(c),
            lambda: c.extend([1, "a"]), lambda: c.insert(0, 300)]:
    try:
        bad()
        print("no error", c)
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
e = bytearray(b"0123456789")
e[::2] = b"abcde"
print(e)
try:
    e[::2] = b"ab"
except ValueError as err:
    print(type(err).__name__, err)
print(e.upper(), e.find(b"b"), e.replace(b"a", b"A"), e.decode())
