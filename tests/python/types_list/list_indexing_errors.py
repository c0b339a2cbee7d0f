# Indexing lists: negative indices, bad index types, out of range errors.
lst = ["a", "b", "c"]
print(lst[0], lst[-1], lst[-3], lst[True])
lst[-1] = "C"
print(lst)
for bad in [3, -4, 10 ** 20]:
    try:
        lst[bad]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    lst[3] = "x"
except IndexError as e:
    print(type(e).__name__, e)
try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)
for bad in ["0", 1.0, None, [0], (0,)]:
    try:
        lst[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    lst[1.5] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[10 ** 100]
except IndexError as e:
    print(type(e).__name__, e)
print(lst[-10 ** 100:10 ** 100])
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested[-1][-1][-1])
try:
    nested[0][1][0]
except TypeError as e:
    print(type(e).__name__, e)
empty = []
print(empty[:5], empty[::-1])
empty[0]
