# Deeply nested (but legal) expressions and data structures.
expr = "1" + " + 1" * 500
print(eval(expr))
nested_parens = "(" * 90 + "7" + ")" * 90
print(eval(nested_parens))
lst = []
cur = lst
for _ in range(500):
    new = []
    cur.append(new)
    cur = new
depth = 0
cur = lst
while cur:
    cur = cur[0]
    depth += 1
print(depth)
d = {}
cur = d
for i in range(300):
    cur["k"] = {}
    cur = cur["k"]
n = 0
cur = d
while cur:
    cur = cur["k"]
    n += 1
print(n)
x = 0
x = ((((((((((x + 1) * 2) + 1) * 2) + 1) * 2) + 1) * 2) + 1) * 2)
print(x)
f = lambda a: lambda b: lambda c: lambda d: lambda e: a + b + c + d + e
print(f(1)(2)(3)(4)(5))
print([[[[[[1]]]]]][0][0][0][0][0][0])
s = "x"
for _ in range(12):
    s = f"({s})"
print(s)
print(len(str([[]] * 10000)))
