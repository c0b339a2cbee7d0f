# isinstance / issubclass with tuples and nested tuples used for dispatch.
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float, complex)):
        return "number"
    if isinstance(x, (str, bytes)):
        return "text"
    if isinstance(x, (list, tuple, (set, frozenset))):
        return "collection"
    if isinstance(x, dict):
        return "mapping"
    return "other"
for v in [True, 3, 2.5, 1j, "s", b"b", [1], (1,), {1}, frozenset(), {"a": 1}, None, len]:
    print(repr(v), describe(v))
NUMERIC = (int, float)
print(isinstance(5, NUMERIC), issubclass(bool, NUMERIC), issubclass(str, NUMERIC), isinstance(5, ()))
print(issubclass(bool, (str, (bytes, (int,)))))
def validate(value, types, name):
    if not isinstance(value, types):
        expected = " or ".join(t.__name__ for t in (types if isinstance(types, tuple) else (types,)))
        raise TypeError(f"{name} must be {expected}, not {type(value).__name__}")
    return value
for value, types in [(3, int), ("x", (int, float)), (2.5, (int, float)), (None, (str, type(None)))]:
    try:
        print(validate(value, types, "arg"))
    except TypeError as e:
        print(type(e).__name__, e)
