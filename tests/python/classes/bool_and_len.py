# __bool__ and __len__ determine truthiness; error cases.
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class AlwaysFalse:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
class Nothing:
    pass
for obj in [Empty(), Full(), AlwaysFalse(), Nothing()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
print(len(Full()), len(AlwaysFalse()))
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -5
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class BoolLen:
    def __len__(self):
        return True
print(len(BoolLen()))
class BadBool:
    def __bool__(self):
        return "yes"
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Nothing())
except TypeError as e:
    print(type(e).__name__, e)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def __len__(self):
        return len(self.items)
st = Stack()
print("empty" if not st else "nonempty")
st.push(1)
print("empty" if not st else "nonempty", len(st))
while st:
    print("popping", st.items.pop())
