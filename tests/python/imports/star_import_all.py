# from module import * honours __all__.
before = set(dir())
from pkgs.star_all import *
added = sorted(set(dir()) - before - {"before"})
print(added)
print(public_func(), PublicClass.__name__, _explicitly_exported())
try:
    not_in_all()
except NameError as e:
    print(type(e).__name__, e)
from pkgs.geometry import *
print(sorted(n for n in dir() if n in ("Vec", "dot", "shapes", "unit_circle", "_Circle")))
import pkgs.star_all as sa
print(sorted(sa.__all__), hasattr(sa, "not_in_all"), sa.not_in_all())
def local_scope():
    from pkgs.star_all import public_func as pf
    return pf()
print(local_scope())
print(public_func is sa.public_func, PublicClass is sa.PublicClass)
print(type(PublicClass()).__module__, PublicClass.__qualname__)
print("unit_circle" in dir(), callable(unit_circle))
print(unit_circle())
print(sorted(n for n in dir() if not n.startswith("__") and n not in ("before", "added", "sa")))
