# rpy: args alpha 42 quoted --flag=value
# sys.argv holds the script name (as given) followed by the arguments.
import sys
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0])
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, repr(arg))
flags = {}
positional = []
for arg in sys.argv[1:]:
    if arg.startswith("--"):
        key, _, value = arg[2:].partition("=")
        flags[key] = value
    else:
        positional.append(arg)
print(positional, flags)
total = sum(int(a) for a in sys.argv[1:] if a.isdigit())
print("sum of numeric args:", total)
def parse(argv):
    out = {"flags": {}, "args": []}
    for a in argv:
        if a.startswith("--") and "=" in a:
            k, v = a[2:].split("=", 1)
            out["flags"][k] = v
        elif a.startswith("-"):
            out["flags"][a.lstrip("-")] = True
        else:
            out["args"].append(a)
    return out
print(parse(sys.argv[1:]))
print(parse(["-v", "--mode=fast", "input.txt"]))
