# Base64 and hex encoders/decoders written by hand, checked against bytes.hex().
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
INDEX = {c: i for i, c in enumerate(ALPHABET)}
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.extend(chars)
    return "".join(out)
def b64decode(text):
    text = "".join(text.split())
    if len(text) % 4:
        raise ValueError(f"invalid base64 length {len(text)}")
    out = bytearray()
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        pad = quad.count("=")
        if pad > 2 or "=" in quad.rstrip("="):
            raise ValueError(f"bad padding in {quad!r}")
        n = 0
        for c in quad.rstrip("="):
            if c not in INDEX:
                raise ValueError(f"invalid character {c!r}")
            n = n << 6 | INDEX[c]
        n <<= 6 * pad
        out.extend(n.to_bytes(3, "big")[:3 - pad])
    return bytes(out)
def hexencode(data):
    return "".join("0123456789abcdef"[b >> 4] + "0123456789abcdef"[b & 15] for b in data)
samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld".encode(), bytes(range(256))[:20]]
for s in samples:
    enc = b64encode(s)
    print(repr(s)[:40], enc, b64decode(enc) == s, hexencode(s) == s.hex())
print(b64decode("SGVs\nbG8s IHJw\neSE="))
for bad in ["abc", "ab=c", "a===", "ab!d"]:
    try:
        b64decode(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
