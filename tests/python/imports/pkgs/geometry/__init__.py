"""A package using relative imports."""
from .vectors import Vec, dot
from . import shapes
from .shapes import Circle as _Circle
__all__ = ["Vec", "dot", "shapes", "unit_circle"]
def unit_circle():
    return _Circle(Vec(0, 0), 1)
