# Lists of lists: transpose, multiply, flatten, rotate.
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
def transpose(m):
    return [list(row) for row in zip(*m)]
def matmul(x, y):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*y)] for row in x]
print(transpose(A))
print(matmul(A, B))
print(matmul(B, A))
identity = [[int(i == j) for j in range(3)] for i in range(3)]
print(identity, matmul(A, identity) == A)
flat = [x for row in A for x in row]
print(flat, sum(flat))
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
print(rotate(A), rotate(rotate(A)))
grid = [[(r * 3 + c) % 4 for c in range(4)] for r in range(3)]
for row in grid:
    print(" ".join(str(v) for v in row))
print([max(col) for col in zip(*grid)], [sum(row) for row in grid])
diag = [grid[i][i] for i in range(min(len(grid), len(grid[0])))]
print(diag)
