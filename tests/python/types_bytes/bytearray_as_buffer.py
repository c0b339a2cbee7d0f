# Using bytearray as a growable buffer: a tiny binary record writer/reader.
def write_record(buf, name, value):
    encoded = name.encode("utf-8")
    buf.append(len(encoded))
    buf.extend(encoded)
    buf.extend(value.to_bytes(4, "big", signed=True))
def read_records(data):
    i = 0
    out = []
    while i < len(data):
        n = data[i]
        i += 1
        name = bytes(data[i:i + n]).decode("utf-8")
        i += n
        value = int.from_bytes(data[i:i + 4], "big", signed=True)
        i += 4
        out.append((name, value))
    return out
buf = bytearray()
for name, value in [("alpha", 1), ("βeta", -2), ("gamma", 2 ** 31 - 1), ("", 0)]:
    write_record(buf, name, value)
print(len(buf), bytes(buf[:12]))
print(read_records(buf))
print(read_records(bytes(buf)) == read_records(buf))
try:
    write_record(buf, "big", 2 ** 31)
except OverflowError as e:
    print(type(e).__name__, e)
frame = bytearray(16)
frame[4:8] = (0xDEADBEEF).to_bytes(4, "little")
print(frame.hex(), int.from_bytes(frame[4:8], "little") == 0xDEADBEEF)
frame[:] = b""
print(frame, len(frame))
