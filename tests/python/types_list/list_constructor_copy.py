# list() from iterables, shallow vs manual deep copies.
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}), list({"a": 1}.items()))
print(list(x * x for x in range(4)), list(map(str, [1, 2])), list(zip("ab", "xy")), list(reversed([1, 2, 3])))
print(list({3, 1, 2}), list(b"hi"), list(enumerate("ab", start=1)))
orig = [[1, 2], [3, 4], "s"]
shallow = list(orig)
shallow2 = orig[:]
shallow3 = orig.copy()
shallow[0].append(99)
print(orig, shallow2[0] is orig[0], shallow3 == orig, shallow is orig)
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(i) for i in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x
deep = deep_copy(orig)
deep[0].append(100)
print(orig, deep)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
l = [1, 2, 3]
l2 = list(l)
print(l == l2, l is l2, list(l2) is l2)
self_ref = [1]
self_ref.append(self_ref)
print(self_ref, self_ref[1][1][1][0])
