# Importing a helper module from the script's folder in several forms.
import pkgs.simple_module
from pkgs import simple_module
from pkgs.simple_module import double, CONSTANT as ANSWER
import pkgs.simple_module as sm
print(pkgs.simple_module is simple_module, sm is simple_module)
print(double(21), ANSWER, simple_module.CONSTANT, sm.where())
print(simple_module.__name__, __name__, pkgs.__name__)
print(pkgs.PACKAGE_GREETING)
c = sm.Counter()
c.bump(); c.bump()
print(c.n, type(c).__name__, type(c).__module__, sm.Counter.__qualname__)
print(simple_module.__doc__)
print(simple_module._private)
from pkgs.simple_module import Counter, where
c2 = Counter()
print(c2.bump(), c2.bump(), c2.bump(), where())
print(isinstance(c2, sm.Counter), Counter is simple_module.Counter)
import pkgs
print(pkgs.simple_module is sm, hasattr(pkgs, "simple_module"))
print(sm.double("ab"), sm.double([1]), double(2.5))
