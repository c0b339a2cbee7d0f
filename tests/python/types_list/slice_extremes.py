# Slices with huge steps and bounds, equality when __eq__ mutates the lists, and the
# recursive reprs of sets.
import sys

a = list(range(10))
t = tuple(a)
s = "abcdefghij"
b = bytes(range(10))
ba = bytearray(b)
for seq in (a, t, s, b, ba):
    print(seq[::sys.maxsize], seq[::-sys.maxsize], seq[-sys.maxsize:sys.maxsize:3])
    print(seq[sys.maxsize::-sys.maxsize], seq[::-(2 ** 100)], seq[2 ** 100::-3])
print(a[::2 ** 100], len(range(10)[::sys.maxsize]))
x = list(range(5))
x[::sys.maxsize] = ["z"]
print(x)
del x[::-sys.maxsize]
print(x)


class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented


class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented


class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented


list1 = [X()]
list2 = [Y()]
print(list1 == list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4)


class ReprWrapper:
    def __repr__(self):
        return repr(self.value)


for kind in (set, frozenset):
    w = ReprWrapper()
    st = kind([w])
    w.value = st
    print(repr(st))
def t(f):
    try:
        r = f()
        print(repr(r)[:30])
    except Exception as e:
        print(type(e).__name__, e)
for seq in ("a", b"a", [1], (1,), bytearray(b"a")):
    t(lambda: seq * 2**100)
    t(lambda: seq * -2**100)
    t(lambda: 2**100 * seq)
    t(lambda: -2**100 * seq)
    t(lambda: seq * -5)
    t(lambda: seq * True)
x = [1]
try:
    x *= -2**100
except OverflowError as e: print(e)
print(x)
