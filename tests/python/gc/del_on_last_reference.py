# __del__ runs when the last reference goes (right after the dropping instruction), once;
# generators are closed; list items are released last to first; __main__ globals at exit.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = A(1)
del a
print("after 1")
def f():
    x = A(2)
    print("in f")
f()
print("after 2")
b = A(3)
b = A(4)
print("after 3")
l = [A(5), A(6)]
l.clear()
print("after 4")
class B(A):
    def __del__(self):
        print("B del", self.n)
        1/0
B(7)
print("after 5")
class R:
    saved = []
    def __del__(self):
        print("resurrect")
        R.saved.append(self)
R()
print(len(R.saved))
R.saved.clear()
print("after 6")
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in gen():
    break
print("after 7")
g = gen(); next(g); del g
print("after 8")
class C:
    def __del__(self): print("C del")
c = C()
c.me = c
del c
import gc
print("collected", gc.collect())
print("end")
