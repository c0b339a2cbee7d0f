# format() of strings: width, fill, precision, and rejected spec pieces.
for spec in ["", "10", "<10", ">10", "^10", "*^11", ".3", "10.3", "-<6", "0>5", "05"]:
    print(repr(spec), "[" + format("hello", spec) + "]")
print("[" + format("", "5") + "]", "[" + format("日本", "^6") + "]", "[" + format("🎉", "3") + "]")
for spec in ["=10", "+", " ", "d", ",", "#", "10,"]:
    try:
        print(format("abc", spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(f"{'x':{'^'}{5}}|", f"{'abc'!r:>8}|", f"{'abc'!s:.1}|")
print("{:{}{}{}}".format("s", "-", "^", 7) + "|")
try:
    format("abc", "1000000000000000000000")
except ValueError as e:
    print(type(e).__name__, e)
for value in ["left", "right", "centre"]:
    print(f"|{value:<8}|{value:>8}|{value:^8}|{value:.3}|{value:_^10.4}|")
table = [("apple", 3), ("kiwi", 12), ("banana", 7)]
width = max(len(n) for n, _ in table)
for name, qty in table:
    print(f"{name:.<{width + 3}}{qty:>4}")
print(format("x", "<0"), format("x", "1"), repr(format("", "")))
print("{0:>{1}}|{0:^{1}}".format("ab", 6))
