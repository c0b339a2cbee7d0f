# Conditional expressions: evaluation order, nesting and laziness.
x = 5
print("big" if x > 3 else "small")
print("big" if x > 10 else "small")
def loud(v):
    print("evaluated", v)
    return v
r = loud("a") if loud(True) else loud("b")
print(r)
r = loud("a") if loud(0) else loud("b")
print(r)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 10]])
print(1 if True else 1 / 0)
print(1 / 1 if False else "safe")
val = None
print(val if val is not None else "default")
print((lambda: 1) if False else (lambda: 2)())
print([i if i % 2 else "even" for i in range(4)])
a = 1 if x else 2, 3
print(a)
