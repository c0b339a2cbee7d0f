# Trigonometric functions, angle conversion, hypot and dist (rounded for portability).
import math
def r(x):
    return round(x, 12) + 0.0
for deg in [0, 30, 45, 60, 90, 180, 270, 360, -45]:
    rad = math.radians(deg)
    print(deg, r(rad), r(math.sin(rad)), r(math.cos(rad)), r(math.tan(rad)) if deg % 180 != 90 else "undefined")
print(r(math.asin(1)), r(math.acos(0)), r(math.atan(1)), r(math.asin(-0.5)), r(math.acos(-1)), math.asin(0))
print(r(math.atan2(1, 1)), r(math.atan2(1, -1)), r(math.atan2(-1, -1)), r(math.atan2(0, -1)), math.atan2(0, 1), r(math.atan2(-0.0, -1)))
print(r(math.atan(math.inf)), r(math.atan2(math.inf, math.inf)))
print(math.degrees(math.pi), math.degrees(math.pi / 2), math.radians(180) == math.pi, math.degrees(0))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(), math.hypot(-3), math.hypot(1, 2, 2), math.hypot(math.inf, math.nan))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]) == math.sqrt(3), math.dist((1,), (-2,)))
print(math.sin(0.0), math.cos(0.0), math.tan(0.0), math.sin(-0.0))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.hypot("3")
except TypeError as e:
    print(type(e).__name__, e)
