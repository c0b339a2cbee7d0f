# bool(): truthiness of many values and bool's relation to int.
values = [0, 1, -1, 0.0, -0.0, 0.1, 0j, 1j, "", " ", "0", "False", [], [[]], (), ((),), {}, {0: 0},
          set(), {0}, frozenset(), range(0), range(1), None, b"", b"\x00", bytearray(), float("nan")]
for v in values:
    print(repr(v), bool(v))
print(bool(), bool(True), bool(bool), bool(object()), bool(print), bool(type))
print(True and "yes", False or "fallback", not None, not not "x")
print(True + 1, True * 1.5, (True, False) < (True, True), True > False)
print(isinstance(False, int), bool.__bases__, type(True).__name__)
print(str(True), repr(False), f"{True!s:>6}|", "%s %d" % (True, True))
print(bool("a") is True, bool(0) is False)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
print([bool(Flag(True)), bool(Flag(False))], "yes" if Flag(True) else "no", not Flag(False))
print(bool(0) == False, bool(1) == True, bool(-0.0), bool(1e-320), bool(float("-inf")))
print(sum([True] * 5), True * 10, False ** 0, True // True, True % 1)
print(sorted([True, False, True]), max(False, True), min([True, True, False]))
print(bool.__new__(bool, 5), bool.__new__(bool, ""), int.__bool__(7), (0).__bool__())
print(list(filter(bool, [0, 1, "", "a", None, [], [0]])))
print(True is bool(1), False is bool(0), bool(True) is True)
