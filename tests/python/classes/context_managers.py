# __enter__ / __exit__: return values, exception info, suppression, nesting.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"open {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name}", exc_type.__name__ if exc_type else None, exc, tb is not None)
        return False
with Resource("r1") as r:
    print("using", r.name)
try:
    with Resource("r2"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    {}["missing"]
print("KeyError suppressed")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "enter depth", Timer.depth)
        return Timer.depth
    def __exit__(self, *a):
        print("  " * Timer.depth + "exit depth", Timer.depth)
        Timer.depth -= 1
with Timer() as d1:
    with Timer() as d2:
        with Timer() as d3:
            print("depths", d1, d2, d3)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
class EnterRaises:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never called")
try:
    with EnterRaises():
        print("never")
except OSError as e:
    print(type(e).__name__, e)
class Transaction:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("rollback" if et else "commit")
        return True
t = Transaction()
with t:
    t.log.append("work")
with t:
    t.log.append("bad work")
    raise Exception("fail")
print(t.log)
def gen_return():
    with Resource("in-func"):
        return "value"
print(gen_return())
