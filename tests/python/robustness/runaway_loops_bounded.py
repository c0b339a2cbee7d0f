# Long-running but bounded loops and large containers complete correctly.
total = 0
i = 0
while i < 1_000_000:
    total += i & 7
    i += 1
print(total)
big = list(range(200_000))
big.reverse()
big.sort()
print(big[:3], big[-3:], len(big))
d = {i: i * i for i in range(100_000)}
print(len(d), d[99_999], sum(d.values()) % 1000)
s = set(range(0, 300_000, 3))
print(len(s), 299_997 in s, 299_998 in s)
text = "abc" * 100_000
print(len(text), text.count("ca"), text[-4:])
parts = [str(i) for i in range(50_000)]
joined = ",".join(parts)
print(len(joined), joined[:20], joined.split(",")[-1])
