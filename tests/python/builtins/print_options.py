# print() with sep, end, file and flush.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="\n", end="\n---\n")
print()
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), sep="|")
print(*range(5))
print(*"abc", sep="-")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print("sep None", "ok", sep=None)
print("end None", end=None)
print("multi\nline\tstring")
print("", "", sep="x")
print(sep="ignored")
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print("captured", 42, file=w, sep="+", end="!")
print(w.parts)
print("to None file goes to stdout", file=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=42)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
