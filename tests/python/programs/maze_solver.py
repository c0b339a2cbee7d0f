# Solving an ASCII maze with breadth-first search and drawing the path.
MAZE = """\
###############
#S    #       #
# ### # ##### #
# #   #     # #
# # ####### # #
# #       # # #
# ####### # # #
#       #   #E#
###############"""
grid = [list(row) for row in MAZE.splitlines()]
rows, cols = len(grid), len(grid[0])
def find(ch):
    for r, row in enumerate(grid):
        if ch in row:
            return r, row.index(ch)
    raise ValueError(f"{ch!r} not in maze")
start, end = find("S"), find("E")
def neighbours(pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
            yield nr, nc
def bfs(start, end):
    queue = [start]
    came_from = {start: None}
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == end:
            break
        for nxt in neighbours(cur):
            if nxt not in came_from:
                came_from[nxt] = cur
                queue.append(nxt)
    if end not in came_from:
        return None, len(came_from)
    path = []
    node = end
    while node:
        path.append(node)
        node = came_from[node]
    return path[::-1], len(came_from)
path, explored = bfs(start, end)
print("start", start, "end", end, "path length", len(path) - 1, "explored", explored)
for r, c in path[1:-1]:
    grid[r][c] = "."
print("\n".join("".join(row) for row in grid))
moves = {(0, 1): "R", (1, 0): "D", (0, -1): "L", (-1, 0): "U"}
print("".join(moves[(b[0] - a[0], b[1] - a[1])] for a, b in zip(path, path[1:])))
grid = [list(row) for row in MAZE.splitlines()]
grid[6][12] = "#"
grid[7][11] = "#"
print(bfs(start, end)[0])
try:
    find("X")
except ValueError as e:
    print(type(e).__name__, e)
