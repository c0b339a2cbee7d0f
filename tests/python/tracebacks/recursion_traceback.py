# rpy: full-stderr
# An uncaught RecursionError: repeated frames are collapsed in the traceback.
import sys
sys.setrecursionlimit(60)
def countdown(n):
    if n == 0:
        return 0
    return countdown(n - 1) + 1
print("bounded recursion works:", countdown(20))
try:
    countdown(100)
except RecursionError as e:
    print("caught:", e)
def forever(n):
    return forever(n - 1) + 1
def wrapper():
    return forever(10)
print("recursing forever")
print(sys.getrecursionlimit())
wrapper()
