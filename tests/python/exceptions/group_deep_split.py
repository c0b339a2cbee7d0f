# Splitting a deeply nested exception group counts against the recursion limit.
def make_deep_eg(n):
    e = TypeError(1)
    for i in range(n):
        e = ExceptionGroup('eg', [e])
    return e
for n in (10, 2000):
    e = make_deep_eg(n)
    for op in ("split", "subgroup"):
        try:
            r = getattr(e, op)(TypeError)
            print(op, n, type(r).__name__)
        except RecursionError as ex:
            print(op, n, "RecursionError", ex)
