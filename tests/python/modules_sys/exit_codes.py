# sys.exit(n) sets the process exit code; code after it never runs.
import sys
def process(items):
    bad = [i for i in items if i < 0]
    if bad:
        print("found negative values:", bad)
        return 3
    print("all good")
    return 0
def classify(code):
    return {0: "success", 1: "general error", 2: "usage error"}.get(code, "custom failure")
for code in [0, 1, 2, 3, 42]:
    print(code, classify(code))
try:
    sys.exit(7)
except SystemExit as e:
    print("caught exit", e.code, classify(e.code))
print(process([1, 2]))
status = process([1, -5, 2, -7])
print("exiting with", status)
sys.exit(status)
print("unreachable")
