# callable() on many kinds of objects.
class WithCall:
    def __call__(self):
        return "called"
class Without:
    pass
items = [len, print, lambda: 0, WithCall, WithCall(), Without, Without(), 5, "s", [].append, str.upper,
         staticmethod(len), classmethod(len), type, object(), None, range, iter([])]
for it in items:
    print(type(it).__name__, callable(it))
w = Without()
w.__call__ = lambda: "instance attr does not count"
print(callable(w))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
def apply_if_callable(x, *args):
    return x(*args) if callable(x) else x
print(apply_if_callable(len, "abc"), apply_if_callable(5), apply_if_callable(str.upper, "x"))
handlers = {"double": lambda v: v * 2, "name": "not callable", "neg": int.__neg__}
print({k: callable(v) for k, v in handlers.items()})
print([handlers[k](21) for k in handlers if callable(handlers[k])])
print(callable(callable), callable(WithCall.__call__), callable(WithCall().__call__))
