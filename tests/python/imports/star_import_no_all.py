# from module import * without __all__ skips names starting with an underscore.
before = set(dir())
from pkgs.star_noall import *
print(sorted(set(dir()) - before - {"before"}))
print(visible, helper(), math.floor(2.5))
try:
    _hidden
except NameError as e:
    print(type(e).__name__, e)
from pkgs.star_noall import _hidden
print(_hidden)
def f():
    from pkgs.star_noall import helper as h
    return h()
print(f())
import pkgs.star_noall as mod
print(sorted(n for n in vars(mod) if not n.startswith("__")))
print(mod._hidden, mod._sys.__name__, mod.math is math)
names = {}
exec("from pkgs.star_noall import *", names)
print(sorted(k for k in names if k != "__builtins__"))
