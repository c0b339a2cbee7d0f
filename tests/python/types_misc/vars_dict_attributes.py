# __dict__ of instances, classes, modules and functions.
class P:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
print(p.__dict__, vars(p) is p.__dict__)
p.__dict__["z"] = 3
print(p.z, vars(p))
del p.__dict__["x"]
print(hasattr(p, "x"))
p.__dict__ = {"fresh": True}
print(vars(p), p.fresh)
print(sorted(k for k in P.__dict__ if not k.startswith("__")), type(P.__dict__).__name__)
def fn():
    pass
fn.tag = "t"
print(vars(fn))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = ("a",)
try:
    vars(S())
except TypeError as e:
    print(type(e).__name__, e)
import math
print("pi" in vars(math), vars(math)["pi"] == math.pi)
