# KeyError on missing keys and common patterns to avoid it; uncaught at the end.
stock = {"apple": 5, "pear": 0}
print(stock.get("banana"), stock.get("banana", 0), "banana" in stock)
try:
    stock["banana"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    del stock["banana"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[("tuple", "key")]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    {}[""]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[None]
except KeyError as e:
    print(type(e).__name__, e)
counts = {}
for fruit in ["apple", "pear", "apple", "fig"]:
    counts[fruit] = counts.get(fruit, 0) + 1
print(counts)
groups = {}
for word in ["ant", "bee", "ape", "bat", "cat"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
def lookup(d, *path):
    for key in path:
        d = d[key]
    return d
nested = {"a": {"b": {"c": 42}}}
print(lookup(nested, "a", "b", "c"))
print("looking up a missing nested key")
lookup(nested, "a", "x", "c")
