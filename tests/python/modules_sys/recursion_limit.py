# getrecursionlimit / setrecursionlimit.
import sys
default = sys.getrecursionlimit()
print(type(default).__name__, default >= 1000)
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(2000))
sys.setrecursionlimit(default)
print(sys.getrecursionlimit() == default)
for bad in [0, -1]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print(type(e).__name__, e)
