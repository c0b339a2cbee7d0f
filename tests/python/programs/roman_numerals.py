# Roman numeral conversion in both directions, with strict validation.
NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, sym in NUMERALS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    s = s.upper()
    if not s or any(c not in VALUES for c in s):
        raise ValueError(f"invalid roman numeral: {s!r}")
    total = 0
    for i, c in enumerate(s):
        v = VALUES[c]
        if i + 1 < len(s) and VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical roman numeral: {s!r} (did you mean {to_roman(total)!r}?)")
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(n, r, from_roman(r))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print(sorted(["XIV", "IX", "MMXX", "C", "XL"], key=from_roman))
for bad in [0, 4000, -5, 2.5, True, "IIII", "VX", "IC", "abc", "", "mcmxciv"]:
    try:
        print(repr(bad), "->", from_roman(bad) if isinstance(bad, str) else to_roman(bad))
    except (ValueError, TypeError) as e:
        print(repr(bad), "->", type(e).__name__, e)
