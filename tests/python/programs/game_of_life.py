# Conway's Game of Life on a small toroidal grid.
def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}
def step(cells, rows, cols):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % rows, (c + dc) % cols)
                    counts[key] = counts.get(key, 0) + 1
    return {pos for pos, n in counts.items() if n == 3 or (n == 2 and pos in cells)}
def render(cells, rows, cols):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(cols)) for r in range(rows))
glider = parse("""
.#.
..#
###
""")
rows, cols = 6, 6
cells = glider
for gen in range(5):
    print(f"generation {gen} ({len(cells)} alive)")
    print(render(cells, rows, cols))
    cells = step(cells, rows, cols)
blinker = parse("###")
b = {(r + 2, c + 1) for r, c in blinker}
b1 = step(b, 5, 5)
b2 = step(b1, 5, 5)
print(render(b1, 5, 5))
print("blinker period 2:", b2 == b, b1 != b)
block = parse("##\n##")
print("block is still life:", step(block, 4, 4) == block)
cells = glider
seen = {}
for gen in range(100):
    key = frozenset(cells)
    if key in seen:
        print("glider state repeats: generation", gen, "equals generation", seen[key])
        break
    seen[key] = gen
    cells = step(cells, rows, cols)
