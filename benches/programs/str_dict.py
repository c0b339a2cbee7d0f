# String building, splitting and dict counting.
def main():
    words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa " * 20).split()
    counts = {}
    for i in range(3000):
        for w in words:
            key = w + str(i % 10)
            counts[key] = counts.get(key, 0) + 1
    parts = []
    for k in sorted(counts):
        parts.append(f"{k}={counts[k]}")
    print(len(parts), parts[0], parts[-1], len(",".join(parts)))

main()
