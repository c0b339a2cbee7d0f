# rpy: full-stderr
# Importing a module that does not exist, after some imports that work.
import sys
import math
import time
from math import floor, ceil
print("imported:", sys.__name__, math.__name__, time.__name__)
print(floor(2.5), ceil(2.5))
optional = None
try:
    import some_optional_dependency_xyz as optional
except ImportError as e:
    print("optional dependency missing:", e.name)
print("optional is", optional)
def load_plugin(name):
    try:
        module = __import__(name)
    except ModuleNotFoundError:
        return None
    return module.__name__
print([load_plugin(n) for n in ["math", "nope_plugin", "sys"]])
print("before the fatal import")
import definitely_not_a_real_module_xyz
print("never")
