# Iteration order of small-int sets follows the hash table layout.
print({5, 3, 1, 4, 2})
print({10, 20, 30, 40, 50, 60, 70, 80})
print({8, 16, 0, 24})
print({-1, -2, 0, 1})
s = set()
for i in [9, 7, 5, 3, 1, 0, 2, 4, 6, 8]:
    s.add(i)
print(s)
print(list({100, 1, 50}), sorted({100, 1, 50}))
t = set(range(20))
for i in range(0, 20, 3):
    t.discard(i)
print(t)
print({True, 2, 1.0, 0, False})
u = {3, 1, 2} | {6, 5, 4}
print(u, {7, 3} & {3, 5, 7, 9}, {1, 2, 3, 4} - {2, 4}, {1, 2} ^ {2, 3})
v = set()
for i in range(32):
    v.add(i * 3)
print(v)
v = {i for i in range(100) if i % 7 == 0}
print(v)
print(set([5, 5, 4, 4, 3, 3]), frozenset([9, 8, 7]))
print({1, 9, 17, 25}, {0, 8, 16})
print({-5, 5, -3, 3})
