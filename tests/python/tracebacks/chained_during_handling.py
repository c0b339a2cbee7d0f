# rpy: full-stderr
# Implicit chaining: "During handling of the above exception, another exception occurred".
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table["default"]
prices = {"apple": 3, "default": 0}
print(lookup(prices, "apple"), lookup(prices, "kiwi"))
try:
    lookup({}, "x")
except KeyError as e:
    print("caught:", repr(e), "context:", repr(e.__context__))
def parse_all(texts):
    out = []
    for t in texts:
        try:
            out.append(int(t))
        except ValueError:
            out.append(float(t))
    return out
print(parse_all(["1", "2.5", "3"]))
print(lookup({"a": 1}, "b"))
