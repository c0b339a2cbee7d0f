# Sets for de-duplication and membership tests in realistic code.
emails = ["a@x.com", "B@x.com", "a@x.com", "c@y.org", "b@x.com"]
unique_lower = sorted({e.lower() for e in emails})
print(unique_lower)
seen = set()
ordered_unique = []
for e in emails:
    key = e.lower()
    if key not in seen:
        seen.add(key)
        ordered_unique.append(e)
print(ordered_unique)
domains = sorted({e.split("@")[1] for e in emails})
print(domains)
primes = set(range(2, 50))
for n in range(2, 8):
    primes -= set(range(n * n, 50, n))
print(sorted(primes))
a = [1, 2, 3, 4, 5, 6]
b = [4, 5, 6, 7, 8]
print(sorted(set(a) & set(b)), sorted(set(a) - set(b)), sorted(set(a) ^ set(b)))
words = "the cat and the hat and the bat".split()
print(len(words), len(set(words)), sorted(set(words), key=words.index))
def has_duplicates(seq):
    return len(seq) != len(set(seq))
print(has_duplicates([1, 2, 3]), has_duplicates([1, 2, 1]))
