# if / elif / else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
for value in [0, 1, "", "x", [], [0], {}, {"a": 1}, None, 0.0, 0.1, (), (None,), set(), range(0), range(1)]:
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
x = 5
if x > 3: print("one-line if")
if x > 10: print("never")
else: print("one-line else")
if x:
    if x > 2:
        if x > 4:
            print("nested deep")
class Falsy:
    def __bool__(self):
        print("__bool__ called")
        return False
if Falsy():
    print("no")
else:
    print("Falsy is false")
class ByLen:
    def __len__(self):
        return 0
print("ByLen", "truthy" if ByLen() else "falsy")
class BadBool:
    def __bool__(self):
        return 1
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
