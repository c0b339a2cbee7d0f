# sys.exit() / sys.exit(None) / sys.exit(0) all mean success.
import sys
for arg in [None, 0, False]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code))
try:
    sys.exit(True)
except SystemExit as e:
    print("True ->", repr(e.code))
def run(argv):
    if "--fail" in argv:
        return 1
    return None
for argv in [[], ["--fail"]]:
    try:
        sys.exit(run(argv))
    except SystemExit as e:
        print(argv, "->", e.code, "(success)" if not e.code else "(failure)")
try:
    raise SystemExit
except SystemExit as e:
    print("bare raise SystemExit:", e.code, e.args)
try:
    sys.exit(256)
except SystemExit as e:
    print("large code kept as given:", e.code)
print("now exiting for real")
sys.exit()
