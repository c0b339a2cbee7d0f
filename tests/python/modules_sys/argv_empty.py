# With no extra arguments sys.argv has only the script name.
import sys
print(sys.argv, len(sys.argv))
def main(argv):
    if len(argv) < 2:
        print("usage: argv_empty.py NAME", file=sys.stderr)
        return 2
    return 0
def parse(argv):
    opts = {"verbose": False, "name": None}
    for arg in argv[1:]:
        if arg in ("-v", "--verbose"):
            opts["verbose"] = True
        elif opts["name"] is None:
            opts["name"] = arg
    return opts
print(parse(sys.argv))
print(parse(["prog", "-v", "file.txt"]))
print(parse(["prog", "a", "b", "--verbose"]))
print(sys.argv[0].endswith(".py"), sys.argv[1:] == [])
script_name = sys.argv[0]
print(script_name, len(script_name))
print("no arguments given, printing usage and exiting with 2")
sys.exit(main(sys.argv))
