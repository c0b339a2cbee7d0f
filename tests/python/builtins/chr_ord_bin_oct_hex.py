# chr(), ord(), bin(), oct(), hex().
print(chr(65), chr(97), chr(0x263A), chr(0x1F600), ord("A"), ord("é"), ord("😀"), ord(b"A"), ord(bytearray(b"z")))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
print(bin(0), bin(5), bin(-5), bin(2 ** 40), oct(0), oct(8), oct(-64), hex(0), hex(255), hex(-255), hex(2 ** 64))
class I:
    def __index__(self):
        return 10
print(bin(I()), oct(I()), hex(I()), chr(I().__index__() + 55))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: chr("a"), lambda: ord(""),
            lambda: ord("ab"), lambda: ord(5), lambda: bin(1.5), lambda: hex("ff"), lambda: oct(None)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(int(bin(37), 2), int(oct(37), 8), int(hex(37), 16), int(hex(-37), 16))
for n in [0, 1, 7, 8, 255, 256, -1, 4096]:
    print(n, bin(n), oct(n), hex(n), format(n, "b"), format(n, "#06x"))
print(sorted("hello", key=ord), [ord(c) - ord("a") for c in "abz"], chr(ord("a") + 25))
print("".join(chr(c) for c in range(0x3b1, 0x3b6)), [hex(ord(c)) for c in "é日🎉"])
print(int("0b1010", 0), int("0o17", 0), int("0xff", 0), int(bin(255)[2:], 2))
