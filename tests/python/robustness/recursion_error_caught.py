# Unbounded recursion raises RecursionError, which can be caught; the program continues.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__)
class Node:
    def __init__(self):
        self.child = self
    def depth(self):
        return 1 + self.child.depth()
try:
    Node().depth()
except RecursionError as e:
    print("method recursion:", type(e).__name__)
def still_works(n):
    return n if n == 0 else still_works(n - 1)
print("after recovery:", still_works(500))
depth_reached = 0
def measure(n):
    global depth_reached
    depth_reached = n
    measure(n + 1)
try:
    measure(1)
except RecursionError:
    print("reached a depth of at least 900:", depth_reached >= 900)
