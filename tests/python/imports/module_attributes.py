# Module objects: __name__, __package__, __doc__, __file__, globals isolation.
import pkgs.simple_module as sm
import pkgs
print(sm.__name__, sm.__package__, pkgs.__package__, __package__)
print(sm.__file__.endswith("simple_module.py"), pkgs.__file__.endswith("__init__.py"))
print(hasattr(pkgs, "__path__"), hasattr(sm, "__path__"), type(pkgs.__path__).__name__ != "")
print(sorted(n for n in dir(sm) if not n.startswith("__")))
print(sm.double.__globals__ is vars(sm), sm.double.__module__)
sm.CONSTANT = 1000
from pkgs.simple_module import CONSTANT
print(CONSTANT)
def uses_module_global():
    return sm.CONSTANT
sm.CONSTANT = 7
print(uses_module_global(), CONSTANT)
CONSTANT = "main's own"
print(sm.CONSTANT, CONSTANT)
print(type(sm).__name__, sm.__spec__.name, sm.__loader__ is not None)
print(__name__, __spec__ is None)
print(sm.where(), sm.double.__qualname__, sm.Counter.__module__)
print("CONSTANT" in vars(sm), vars(sm)["CONSTANT"])
