# rpy: full-stderr
# raise SystemExit(None) exits with status 0 and prints nothing to stderr.
import sys
def main():
    items = ["alpha", "beta", "gamma"]
    for i, item in enumerate(items, 1):
        print(i, item.upper())
    if len(items) == 3:
        print("all items processed, exiting cleanly")
        raise SystemExit(None)
    print("never printed")
def helper(n):
    return n * 2
print("helper:", [helper(i) for i in range(3)])
try:
    main()
except Exception:
    print("SystemExit is not an Exception, so this never runs")
finally:
    print("finally still runs")
print("never printed either")
sys.exit(5)
