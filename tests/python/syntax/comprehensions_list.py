# List comprehensions with filters, nesting and expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(30) if x % 2 if x % 5])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "hello" if c not in "l"])
print([i if i % 2 else -i for i in range(6)])
words = ["apple", "Bob", "cat"]
print([w for w in words if w[0].islower()])
print([len(w) for w in words])
print([(i, w) for i, w in enumerate(words)])
print([a + b for a, b in zip([1, 2], [10, 20])])
print([x for x, in [(1,), (2,)]])
print([y for *_, y in [(1, 2, 3), (4, 5)]])
flat = [item for sub in [[1], [2, 3], []] for item in sub]
print(flat)
print([lambda: i for i in range(3)][0]())
print([f() for f in [lambda i=i: i for i in range(3)]])
print([x for x in [] if 1 / 0])
print(len([None for _ in range(1000)]))
try:
    print([1 / x for x in [1, 0]])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
