# Text statistics: words, sentences, frequencies, and a simple concordance.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. We had everything before us, we had nothing before us!
Were we all going direct to Heaven? We were all going direct the other way."""
def words(text):
    cleaned = "".join(c.lower() if c.isalpha() or c == "'" else " " for c in text)
    return cleaned.split()
ws = words(TEXT)
print("characters:", len(TEXT), "letters:", sum(c.isalpha() for c in TEXT), "lines:", len(TEXT.splitlines()))
print("words:", len(ws), "unique:", len(set(ws)))
sentences = [s.strip() for s in TEXT.replace("?", ".").replace("!", ".").split(".") if s.strip()]
print("sentences:", len(sentences), "avg words/sentence:", round(len(ws) / len(sentences), 2))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print(f"{w:>8} {n:>3} {'#' * n}")
longest = max(ws, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
by_length = {}
for w in set(ws):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
concordance = {}
for lineno, line in enumerate(TEXT.splitlines(), 1):
    for w in words(line):
        concordance.setdefault(w, [])
        if lineno not in concordance[w]:
            concordance[w].append(lineno)
for w in ["times", "age", "we", "direct"]:
    print(w, concordance.get(w))
letters = {}
for c in TEXT.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
vowels = sum(letters.get(v, 0) for v in "aeiou")
print(f"vowel ratio: {vowels / sum(letters.values()):.3f}")
