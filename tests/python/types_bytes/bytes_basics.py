# bytes literals, construction, indexing, slicing and repr.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__, type(b[0:1]).__name__)
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"copy"))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2))
print(repr(b"\x00\x7f\x80\xff"), repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\\"))
print(list(b"abc"), b"a" * 3, b"ab" + b"cd", b"b" in b"abc", 98 in b"abc", b"" in b"abc")
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc", bytes([255]) > bytes([1]))
print(b"x".decode(), b"caf\xc3\xa9".decode("utf-8"), str(b"abc"))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("abc"), lambda: bytes(-1),
            lambda: bytes.fromhex("xyz"), lambda: bytes.fromhex("abc"), lambda: b"abc"[5],
            lambda: bytes(1.5), lambda: b"a" + "b", lambda: bytes([1.5])]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
print(bytes(memoryview(b"mv")), b"%s and %d" % (b"bytes", 5), b"%x" % 255, b"%5s|" % b"ab")
