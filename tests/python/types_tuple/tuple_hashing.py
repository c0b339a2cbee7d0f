# Tuples are hashable when their elements are; used as dict keys and set members.
points = {(0, 0): "origin", (1, 2): "p", (-1, -1): "q"}
print(points[(1, 2)], points[0, 0], (-1, -1) in points)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, {2: 3}): "x"}
except TypeError as e:
    print(type(e).__name__, e)
visited = set()
for step in [(0, 0), (0, 1), (0, 0), (1, 1), (0, 1)]:
    visited.add(step)
print(len(visited), sorted(visited))
grid = {}
for r in range(3):
    for c in range(3):
        grid[r, c] = r * c
print(grid[2, 2], sum(grid.values()), max(grid, key=grid.get))
nested = ((1, 2), (3, (4, 5)))
print(hash(nested) == hash(((1, 2), (3, (4, 5)))))
print({(1, 2): "a", (1.0, 2.0): "b"})
