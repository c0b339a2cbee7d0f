# Iterating over dicts: keys, values, items, sorted by value, inverted, merged.
scores = {"ann": 91, "bob": 78, "cy": 85, "dee": 91}
for name in scores:
    print(name, end=" ")
print()
for name, score in scores.items():
    print(f"{name}={score}", end=" ")
print()
print(sum(scores.values()), max(scores.values()), max(scores, key=scores.get))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {}
for name, score in scores.items():
    inverted.setdefault(score, []).append(name)
print(inverted)
print({v: k for k, v in scores.items()})
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b}, a | b, b | a)
print({k: a.get(k, 0) + b.get(k, 0) for k in a.keys() | b.keys()} == {"x": 1, "y": 22, "z": 30})
print([k for k, v in scores.items() if v > 80])
print(dict(sorted(scores.items())))
print(list(enumerate(scores)))
print(dict(zip(scores.values(), scores.keys())))
