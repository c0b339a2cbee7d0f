# __setattr__ and __delattr__ intercept all attribute writes and deletions.
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: object is frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: object is frozen")
f = Frozen(a=1, b=2)
print(f.a, f.b)
try:
    f.a = 10
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.b
except AttributeError as e:
    print(type(e).__name__, e)
class Recorder:
    def __init__(self):
        self.history = []
    def __setattr__(self, name, value):
        if name != "history":
            self.history.append((name, value))
        super().__setattr__(name, value)
r = Recorder()
r.x = 1
r.y = "two"
r.x = 3
print(r.history, r.x)
class Validated:
    def __setattr__(self, name, value):
        if name.startswith("n_") and not isinstance(value, int):
            raise TypeError(f"{name} must be int")
        self.__dict__[name] = value
v = Validated()
v.n_count = 5
v.label = "ok"
try:
    v.n_other = "bad"
except TypeError as e:
    print(type(e).__name__, e)
print(v.__dict__)
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr([], "append", None)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
