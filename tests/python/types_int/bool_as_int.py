# bool is a subclass of int with two singleton instances.
print(True + True, True * 3, False - 1, True / 2, True // 1, -True, ~False)
print(int(True), float(False), str(True), repr(False), bool(0), bool(-1), bool(0.0), bool(""))
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__)
print(sum([True, False, True, True]), [1, 2, 3][True], "ab"[False])
print(True == 1, True != 2, hash(True) == hash(1))
print(True & True, True | False, True ^ True, type(True ^ True).__name__, type(True + True).__name__)
print(bool.__name__, bool(None), bool([]), bool([[]]), bool(bool))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool("False"), bool(" "), bool(0j), bool(1e-300))
print(True.real, True.imag, True.numerator, True.denominator, True.conjugate())
print(max(True, 2), min(False, -1), sorted([True, False, 2, -1]))
print(f"{True:d} {True:>5} {False!r}")
print(True.__and__(False), True.__or__(1), type(True.__or__(1)).__name__)
votes = [True, False, True, True, False]
print(sum(votes), len(votes) - sum(votes), votes.count(True), sum(votes) / len(votes))
print([x for x, keep in zip("abcde", votes) if keep], int("1") == True)
print(True << 3, True >> 1, -True // 2, True ** 10, divmod(True, 2))
