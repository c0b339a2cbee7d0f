# Nested dictionaries: building, traversing, and pretty printing.
company = {
    "name": "Acme",
    "departments": {
        "eng": {"head": "ann", "staff": ["bob", "cy"], "budget": 100},
        "ops": {"head": "dee", "staff": [], "budget": 40},
    },
    "founded": 1999,
}
print(company["departments"]["eng"]["staff"][1])
company["departments"]["eng"]["staff"].append("eve")
company["departments"]["sales"] = {"head": "fay", "staff": ["gus"], "budget": 60}
total_staff = sum(len(d["staff"]) + 1 for d in company["departments"].values())
print(total_staff, sum(d["budget"] for d in company["departments"].values()))
def walk(obj, prefix=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, f"{prefix}[{i}]")
    else:
        yield prefix, obj
for path, value in walk(company):
    print(path, "=", value)
def depth(obj):
    if isinstance(obj, dict):
        return 1 + max((depth(v) for v in obj.values()), default=0)
    return 0
print(depth(company), depth({}), depth({"a": {"b": {}}}))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
