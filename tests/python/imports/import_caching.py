# A module body runs once; later imports reuse sys.modules.
import sys
print("before first import:", "pkgs.side_effects" in sys.modules)
import pkgs.side_effects
print("after first import:", "pkgs.side_effects" in sys.modules)
import pkgs.side_effects
from pkgs import side_effects
from pkgs.side_effects import register
print(register("a"), register("b"), side_effects.LOADS)
first = sys.modules["pkgs.side_effects"]
del sys.modules["pkgs.side_effects"]
import pkgs.side_effects as again
print(again is first, again.LOADS, first.LOADS)
def lazy():
    import pkgs.side_effects as inner
    return inner is again
print(lazy())
print("pkgs" in sys.modules, "pkgs.simple_module" in sys.modules)
import pkgs.side_effects
print(pkgs.side_effects is again, "reimport uses the fresh module")
count_before = len(again.LOADS)
from pkgs.side_effects import LOADS
LOADS.append("shared list")
print(len(again.LOADS) == count_before + 1, again.LOADS[-1])
import sys as system_module
print(system_module is sys, sys.modules["sys"] is sys)
