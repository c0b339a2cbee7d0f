# Iterating over strings and building strings efficiently.
text = "Hello World"
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels)
print([c for c in text if c.isupper()], list(enumerate("abc")))
freq = {}
for ch in "abracadabra":
    freq[ch] = freq.get(ch, 0) + 1
print(freq, max(freq, key=freq.get))
parts = []
for i in range(5):
    parts.append(f"<{i}>")
print("".join(parts))
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
def rle(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for c in s[1:]:
        if c == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = c, 1
    out.append(f"{count}{prev}")
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
print(" ".join(w[::-1] for w in "reverse each word".split()))
print("".join(c * 2 for c in "abc"), "-".join(map(str, range(3))))
it = iter("xyz")
print(next(it), next(it), list(it))
print(list(zip("abc", "12")), dict(zip("ab", "xy")))
