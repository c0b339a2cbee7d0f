# range objects: construction, len, indexing, slicing, membership, repr, equality.
r = range(10)
print(r, list(r), len(r), r[0], r[-1], r[2:5], r[::-1], r[::3])
print(range(2, 10, 3), list(range(2, 10, 3)), list(range(10, 0, -2)), list(range(0)), list(range(5, 2)))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(-5, 5)), len(range(5, -5)))
print(range(3).start, range(3).stop, range(3).step, range(1, 9, 2).step)
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 2.0 in r, "a" in r)
print(r.index(3), range(0, 20, 5).index(15), r.count(3), r.count(30))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 4, 2) == range(0, 3, 2), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(4, 4)), bool(range(0)), bool(range(1)))
print(list(range(-3, 3)), list(range(3, -3, -1)), sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(1, 10, 4))), range(1, 10, 4)[-1], range(10)[-3:], range(10)[100:])
print(range(10 ** 20)[10 ** 19], range(0, 10 ** 20, 3)[-1])
for bad in [lambda: range(0, 10, 0), lambda: range(1.5), lambda: range("3"), lambda: r[10],
            lambda: r.index(99), lambda: range(1, 2, 3, 4), lambda: r["a"]]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
it = iter(range(3))
print(type(it).__name__, next(it), list(it))
print(range(5)[1:4][1], range(20)[::2][::3], list(range(20)[::2][::3]))
