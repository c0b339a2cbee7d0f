# Converting between bytes and integers / hex, and struct-like packing by hand.
def pack_u16_le(n):
    return bytes([n & 0xFF, (n >> 8) & 0xFF])
def unpack_u16_le(b):
    return b[0] | (b[1] << 8)
for n in [0, 1, 255, 256, 65535]:
    p = pack_u16_le(n)
    print(n, p, unpack_u16_le(p), n.to_bytes(2, "little") == p, int.from_bytes(p, "little"))
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(" "), bytes.fromhex(data.hex()) == data)
checksum = 0
for byte in b"The quick brown fox":
    checksum = (checksum * 31 + byte) & 0xFFFFFFFF
print(checksum, hex(checksum))
def xor(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
secret = xor(b"attack at dawn", b"key")
print(secret, xor(secret, b"key"))
bits = "".join(f"{b:08b}" for b in b"Hi")
print(bits, bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)))
print(sum(b"abc"), max(b"abc"), sorted(b"cab"), bytes(sorted(b"cab")))
print(int(b"42"), float(b"1.5"), b"12".isdigit())
print(list(reversed(b"abc")), b"abc"[::-1], bytes(reversed(b"abc")))
