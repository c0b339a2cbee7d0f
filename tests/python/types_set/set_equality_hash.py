# Equality semantics inside sets: 1 == 1.0 == True collapse; NaN identity.
s = {1, 1.0, True}
print(s, len(s), type(next(iter(s))).__name__)
s2 = {0, 0.0, False, -0.0}
print(s2, len(s2))
nan = float("nan")
s3 = {nan, nan}
print(len(s3), len({float("nan"), float("nan")}))
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), {1} == [1])
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return self.x == o.x
    def __hash__(self):
        return hash(self.x)
ps = {P(1), P(1), P(2)}
print(len(ps), P(2) in ps, P(3) in ps)
print(set() == set(), set() == frozenset(), {()} == {()}, len({(), ()}))
try:
    {1} < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
