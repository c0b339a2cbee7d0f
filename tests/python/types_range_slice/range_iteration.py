# Ranges in loops: negative steps, empty ranges, big ranges, independence of iterators.
for i in range(3):
    print("up", i)
for i in range(3, 0, -1):
    print("down", i)
for i in range(5, 5):
    print("never")
for i in range(-2, 3, 2):
    print("by two", i)
r = range(4)
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2), list(it1), list(it2))
total = 0
for i in range(1, 100001):
    total += i
print(total)
squares = [i * i for i in range(1, 11)]
print(squares)
print([i for i in range(100, 0, -17)])
big = range(0, 10 ** 30, 10 ** 29)
print(len(big), big[5], 5 * 10 ** 29 in big, 5 * 10 ** 29 + 1 in big)
print(list(zip(range(3), range(10, 13), range(20, 30, 5))))
n = 5
print(["*" * i for i in range(1, n + 1)])
print(list(enumerate(range(10, 13))))
r2 = range(10)
print(r2[2:8][::-1], list(r2[2:8][::-1]))
