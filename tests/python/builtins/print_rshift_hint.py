# `print >> x` (Python 2 syntax) fails with CPython's hint; other operands keep the plain message.
for f in (lambda: print >> 42, lambda: print >> "file", lambda: len >> 1, lambda: 1 >> print):
    try:
        f()
    except TypeError as e:
        print(e)
x = print
try:
    x >>= 1
except TypeError as e:
    print(e)
