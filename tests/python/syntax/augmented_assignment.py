# Augmented assignment operators on numbers, sequences, attributes and items.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0x1; print(x)
f = 7
f /= 2; print(f)
class M:
    def __imatmul__(self, o):
        return 'imatmul ' + str(o)
mm = M()
mm @= 3
print(mm)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
s = "ab"
s *= 3
print(s)
class C:
    def __init__(self):
        self.n = 1
c = C()
c.n += 41
print(c.n)
d = {"k": 1}
d["k"] += 9
print(d)
arr = [[0, 0], [0, 0]]
arr[1][0] -= 5
print(arr)
calls = []
def idx():
    calls.append("idx")
    return 0
v = [100]
v[idx()] += 1
print(v, calls)
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("iadd", other)
        self.v += other
        return self
    def __add__(self, other):
        print("add", other)
        return Acc(self.v + other)
a = Acc(1)
b = a
a += 5
print(a.v, a is b)
class NoI:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return NoI(self.v + other)
n = NoI(1)
m = n
n += 2
print(n.v, m.v, n is m)
try:
    q = 1
    q += "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    tt = (1, [2])
    tt[1] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(tt)
