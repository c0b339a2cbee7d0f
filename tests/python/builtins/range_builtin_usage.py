# range() as used by ordinary programs.
print(list(range(5)), list(range(2, 6)), list(range(0, 20, 5)), list(range(5, 0, -1)), list(range(-3)))
for i in range(len("abc")):
    print(i, "abc"[i])
evens = [n for n in range(20) if n % 2 == 0]
print(evens, sum(range(0, 101, 2)))
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print(list(range(10))[::-1] == list(range(9, -1, -1)))
print(any(i * i == 49 for i in range(10)), [i for i in range(3, 30, 7)])
for i in range(10, 0, -3):
    print("countdown", i)
names = ["ann", "bob", "cy"]
for i in range(len(names) - 1, -1, -1):
    print(i, names[i])
grid = [[0] * 3 for _ in range(2)]
for r in range(2):
    for c in range(3):
        grid[r][c] = r * 3 + c
print(grid)
print(list(range(0)), list(range(1)), list(range(-5, -1)), list(range(-1, -5, -1)))
print(len(range(1, 10 ** 6, 7)), range(1, 10 ** 6, 7)[100])
print(list(zip(range(3), range(3, 6))), dict.fromkeys(range(3), 0))
print(sum(i for i in range(1, 11) if i % 2), [i ** 2 for i in range(5)][::-1])
