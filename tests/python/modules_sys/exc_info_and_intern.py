# sys.exc_info, sys.intern, sys.getsizeof (type only).
import sys
print(sys.exc_info())
try:
    {}["k"]
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), tb.tb_lineno)
a = sys.intern("some interned string")
b = sys.intern("some interned " + "string")
print(a is b, a == b)
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
for obj in [0, "abc", [1, 2], {}, 1.5, None]:
    size = sys.getsizeof(obj)
    print(type(obj).__name__, type(size).__name__, size > 0)
print(sys.getsizeof(object(), 0) > 0)
def nested_exc_info():
    try:
        raise ValueError("inner")
    except ValueError:
        return sys.exc_info()[0].__name__
print(nested_exc_info(), sys.exc_info()[0])
names = [sys.intern("key_" + str(i)) for i in range(3)]
print(names, all(sys.intern("key_" + str(i)) is names[i] for i in range(3)))
