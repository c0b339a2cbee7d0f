# frozenset: immutable, hashable, usable as dict keys and set members.
f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f, type(f).__name__)
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & {1, 5}, f - {1})
print(frozenset(), frozenset() == set(), f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
groups = {frozenset({1, 2}): "a", frozenset({2, 1}): "b"}
print(groups)
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f |= {4}
    print("f rebound:", f)
except TypeError as e:
    print(type(e).__name__, e)
print(f.union([7]), f.issubset(range(5)), frozenset("ab") <= frozenset("abc"))
print(frozenset(range(5)) ^ frozenset(range(3, 8)))
print(repr(frozenset({1})), str(frozenset()))
