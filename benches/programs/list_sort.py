# List comprehensions, slicing, sorting with key functions, tuples.
def main():
    data = [(i * 7919) % 10007 for i in range(200_000)]
    pairs = [(x % 100, x) for x in data]
    pairs.sort(key=lambda p: (p[0], -p[1]))
    squares = [x * x for x in data if x & 1]
    rev = data[::-1]
    chunks = [sum(rev[i:i + 100]) for i in range(0, len(rev), 100)]
    best = max(chunks)
    words = sorted(str(x) for x in data[:50_000])
    print(pairs[0], pairs[-1], len(squares), best, words[:3], min(data), len(set(data)))

main()
