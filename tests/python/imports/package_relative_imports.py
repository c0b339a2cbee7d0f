# A package whose modules use relative imports (from . / from ..).
import pkgs.geometry as geo
from pkgs.geometry import Vec, dot, shapes
from pkgs.geometry.shapes import Circle, origin
v = Vec(1, 2)
print(v, v.scaled(), dot(v, Vec(3, 4)))
c = geo.unit_circle()
print(c, round(c.area(), 5), isinstance(c, Circle), shapes.PI)
print(origin())
print(geo.__name__, shapes.__name__, geo.vectors.__name__, Vec.__module__)
print(geo.__package__, shapes.__package__)
print(geo.__doc__)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkgs")))
try:
    import pkgs.geometry.bad_relative
except ImportError as e:
    print(type(e).__name__, e)
from pkgs.geometry import vectors
print(vectors.double(21), vectors.Vec is Vec)
import pkgs.geometry.shapes as s2
print(s2 is shapes, s2.Circle(Vec(1, 1), 2).area())
print(geo.__all__, [hasattr(geo, n) for n in geo.__all__])
