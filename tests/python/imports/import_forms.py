# Many import statement forms, including imports inside functions and conditionals.
import math, sys
import pkgs.geometry.shapes as shapes_mod
from pkgs.geometry import shapes as sh, vectors
from pkgs.geometry.vectors import (
    Vec,
    dot as dot_product,
)
print(shapes_mod is sh, vectors.Vec is Vec, dot_product(Vec(1, 0), Vec(0, 1)))
def local_import():
    from math import sqrt
    import pkgs.simple_module
    return sqrt(16), "sqrt" in globals(), pkgs.simple_module.CONSTANT
print(local_import())
if sys.version_info >= (3, 0):
    import pkgs.side_effects as chosen
else:
    import pkgs.simple_module as chosen
print(chosen.__name__)
try:
    import pkgs.not_there as maybe
except ImportError:
    maybe = None
print(maybe)
print(math.gcd(12, 8), "shapes_mod" in dir(), "geometry" in dir(), "pkgs" in dir())
