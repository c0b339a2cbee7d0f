# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, conjugate.
for n in [0, 1, 5, 255, 256, -1, -255, 2 ** 100]:
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((0).to_bytes(0, "big"), (255).to_bytes(1, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
print((10).as_integer_ratio(), (-3).as_integer_ratio())
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(True.bit_length(), (7).__index__())
print(int.__name__, type(5).__name__, (5).__class__ is int)
print((-2 ** 31).bit_length(), (2 ** 31).to_bytes(5, "big"))
print((12).__sizeof__() > 0, isinstance((12).__sizeof__(), int))
print((1).to_bytes(), (65).to_bytes(1))
