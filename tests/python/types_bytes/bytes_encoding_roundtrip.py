# Encoding and decoding text with several codecs and error handlers.
text = "Grüße, 世界! €"
for codec in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32-be", "latin-1", "ascii"]:
    try:
        data = text.encode(codec)
        print(codec, len(data), data[:12], data.decode(codec) == text)
    except UnicodeEncodeError as e:
        print(codec, "UnicodeEncodeError", e.reason, e.start, e.end)
print(text.encode("ascii", "replace"), text.encode("ascii", "ignore"))
print(text.encode("ascii", "xmlcharrefreplace"))
print(text.encode("ascii", "backslashreplace"))
print(text.encode("latin-1", "namereplace"))
raw = b"valid \xc3\xa9 invalid \xff\xfe end"
print(raw.decode("utf-8", "replace"))
print(raw.decode("utf-8", "ignore"))
print(raw.decode("utf-8", "backslashreplace"))
print(raw.decode("latin-1"))
try:
    raw.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason, e.object[:6])
print("é".encode("UTF8"), "é".encode("utf_8"), "é".encode("Latin1"))
print(b"\xef\xbb\xbfBOM".decode("utf-8-sig"), "x".encode("utf-8-sig"))
print("strict decode of invalid UTF-8, uncaught")
b"\xc3\x28".decode("utf-8")
