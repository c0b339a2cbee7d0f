# Counting and displaying N-Queens solutions with backtracking and bitmasks.
def solutions(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    def place(row):
        if row == n:
            yield list(placement)
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c); placement.append(c)
            yield from place(row + 1)
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c); placement.pop()
    yield from place(0)
def count_bits(n):
    full = (1 << n) - 1
    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail ^= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total
    return go(0, 0, 0)
for n in range(1, 9):
    sols = list(solutions(n))
    print(n, len(sols), count_bits(n))
first = next(solutions(8))
print(first)
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))
def is_valid(p):
    return all(p[i] != p[j] and abs(p[i] - p[j]) != j - i for i in range(len(p)) for j in range(i + 1, len(p)))
print(all(is_valid(s) for s in solutions(6)), count_bits(10))
