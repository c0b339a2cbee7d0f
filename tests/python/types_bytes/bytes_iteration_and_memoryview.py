# Iterating over bytes yields ints; memoryview basics.
for x in b"AZ":
    print(x, chr(x))
print([hex(b) for b in b"\x00\x10\xff"])
mv = memoryview(b"abcdef")
print(mv[0], mv[1:3].tobytes(), len(mv), mv.tobytes(), mv.readonly, bytes(mv[::2]))
ba = bytearray(b"xyz")
mvw = memoryview(ba)
mvw[0] = ord("X")
print(ba, mvw.readonly, mvw.tolist())
try:
    mv[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc".startswith(memoryview(b"ab")), bytes(memoryview(bytearray(b"q"))))
print(mv == b"abcdef", mv.nbytes, mv.itemsize, mv.format)
mv.release()
try:
    mv[0]
except ValueError as e:
    print(type(e).__name__, e)
