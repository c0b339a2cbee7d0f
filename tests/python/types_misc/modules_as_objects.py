# Modules are objects with attributes; sys.modules caches them.
import sys
import math
import math as m
from math import pi, sqrt as square_root
print(type(math).__name__, math.__name__, m is math, pi == math.pi, square_root(9.0))
print(sys.modules["math"] is math, "sys" in sys.modules, __name__)
this = sys.modules[__name__]
print(this.__name__, type(this).__name__)
this.dynamic_global = 5
print(dynamic_global)
print(hasattr(math, "sqrt"), getattr(math, "nope", "default"), callable(math.floor))
print(sorted(n for n in dir(math) if n.startswith("is")))
try:
    math.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    import math.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(type(sys).__name__, sys.__name__, math.__doc__ is not None)
mod_type = type(sys)
fake = mod_type("fake_module", "A docstring")
fake.value = 10
print(fake.__name__, fake.__doc__, fake.value, type(fake).__name__)
print("__builtins__" in globals(), type(__builtins__).__name__ in ("module", "dict"))
import builtins
print(builtins.len is len, builtins.__name__)
