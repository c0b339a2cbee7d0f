# rpy: full-stderr
# AttributeError on a module with a "Did you mean" suggestion, raised from an argument expression.
import math
values = [1, 4, 9, 16, 25]
roots = [math.sqrt(v) for v in values]
print(roots)
print(math.floor(math.pi * 100) / 100, math.isqrt(99))
print(getattr(math, "tau") == 2 * math.pi)
print(hasattr(math, "sqr"), hasattr(math, "sqrt"))
try:
    math.cosine(0)
except AttributeError as e:
    print("caught:", e)
def hypotenuse(a, b):
    return math.sqrt(a * a + b * b)
print(hypotenuse(3, 4), hypotenuse(5, 12))
total = 0
for v in values:
    total += math.sqrt(v)
print("total of roots:", total)
print("now calling a misspelled function")
print(round(math.sqr(25), 2))
