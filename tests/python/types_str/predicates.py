# Character class predicates: isalpha, isdigit, isdecimal, isnumeric, isspace, etc.
samples = ["abc", "ABC", "Abc", "abc123", "123", "12.5", "", " ", "\t\n", "½", "²", "٣", "Ⅻ",
           "hello world", "Hello World", "HELLO", "_id", "id_1", "1id", "é", "日本", "ǅ", "\x00", "class"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
print("\u2000".isspace(), "\x1c".isspace(), "\u200b".isspace(), "\xa0".isspace())
print("abc\n".isprintable(), "\xa0".isprintable(), "é".isascii())
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower" if ch.islower() else "letter"
    if ch.isspace():
        return "space"
    return "other"
text = "Ab 1\t!é"
print([(c, classify(c)) for c in text])
print("Hello World".istitle(), "Hello world".istitle(), "HELLO World".istitle(), "123 Abc".istitle())
print("if".isidentifier(), "_".isidentifier(), "a-b".isidentifier(), "été".isidentifier(), "x1".isidentifier())
print("   ".isspace(), "".isspace(), "\u3000".isspace(), "a b".isspace())
print("ABC123".isupper(), "abc123".islower(), "123".isupper(), "123".islower())
print("½¼".isnumeric(), "½¼".isdigit(), "٠١٢".isdecimal(), "Ⅳ".isnumeric())
words = ["Hello", "world", "42", "3.14", "", "x_y", "UPPER", "Title Case"]
print([w for w in words if w.isalpha()], [w for w in words if w.isdigit()], [w for w in words if w.istitle()])
print(sum(1 for c in "Hello, World 2024!" if c.isalnum()))
