# Tuple repr/str for nested, empty, singleton and mixed contents.
print((), (1,), (1, 2), ((),), ((1,),), (None, True, 1.5, "s", b"b"))
print(repr(("quote'", 'dq"')), str(((1, 2), [3, (4,)], {5: (6,)})))
t = (1, (2, (3, (4, (5,)))))
print(t, t[1][1][1][1][0], len(t))
print(tuple(tuple(range(i)) for i in range(4)))
big = tuple(range(30))
print(big[:5], big[-3:], len(str(big)))
print(f"{(1, 2)}", "%s" % ((1, 2),), "{}".format((1,)))
print(sum(((1, 2), (3,)), ()), tuple("ab") + tuple([1]), (1, 2) * 2)
class P:
    def __repr__(self):
        return "P()"
print((P(), [P()], {"k": P()}), str((P(),)))
print(repr(tuple("xyz")), repr(tuple(b"ab")), repr(tuple({1: 2})))
rec = ("Ann", 30, ("London", "UK"), [("py", 5), ("rs", 2)])
name, age, (city, country), skills = rec
print(name, age, city, country, dict(skills))
print(f"{rec!r:.20}...", len(repr(rec)))
nested = ((1, 2), (3, 4))
print(tuple(map(sum, nested)), tuple(zip(*nested)), tuple(x for t in nested for x in t))
print(((),) == ((),), () == (), (1,) * 3, tuple([()]))
