# sys.path is a list of strings; sys.modules maps names to loaded modules.
import sys
import math
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), len(sys.path) > 0)
print(type(sys.modules).__name__, "sys" in sys.modules, "math" in sys.modules, "__main__" in sys.modules)
print(sys.modules["math"] is math, sys.modules["__main__"].__name__)
print("builtins" in sys.modules, sys.modules["sys"] is sys)
sys.path.append("/nonexistent/for/test")
print(sys.path[-1])
sys.path.pop()
main = sys.modules[__name__]
main.added_via_sys_modules = "ok"
print(added_via_sys_modules)
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names)
loaded = [name for name in ("sys", "math", "builtins") if name in sys.modules]
print(loaded)
before = set(sys.modules)
import time
print("time" in sys.modules, "time" in before or "time" in sys.modules)
print(sys.modules.get("definitely_not_loaded_xyz"), sys.modules.get("math") is math)
print(isinstance(sys.path[0], str), sys.path.count(sys.path[0]) >= 1)
