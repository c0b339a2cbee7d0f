# with statements: multiple managers, parenthesized forms, as-targets, suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as a:
    print("body", a)
with CM("x") as x, CM("y") as y:
    print("body", x, y)
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)
with (CM("solo")):
    print("parenthesized single")
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("outer"), CM("inner"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with CM("t") as (first, *rest):
    print(first, rest)
class Tgt:
    pass
t = Tgt()
with CM("attr") as t.value:
    pass
print(t.value)
def early():
    with CM("ret"):
        return "returned"
print(early())
try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
