# isinstance and issubclass with classes, tuples, unions, and builtins.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(B, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"s", str), isinstance([], list), isinstance((), list))
print(isinstance(int, type), isinstance(A, type), issubclass(type, object), isinstance(None, type(None)))
print(isinstance(1, int | str), issubclass(bool, int | float), isinstance(None, int | None))
print(issubclass(bool, int), issubclass(int, bool), issubclass(dict, object))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, "x"),
            lambda: isinstance(1, [int]), lambda: isinstance(1, (int, 1))]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(type(b) is B, type(b) is A, type(b) == B)
