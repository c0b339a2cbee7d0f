# sys.stdout.write / flush, and sys.stderr output (last stderr line is compared).
import sys
n = sys.stdout.write("written without newline")
sys.stdout.write("\n")
print("write returned", n)
sys.stdout.write("a" + "b" * 3 + "\n")
sys.stdout.flush()
print(sys.stdout.writable() if hasattr(sys.stdout, "writable") else True)
sys.stderr.write("first stderr line\n")
print("between", file=sys.stdout)
print("warning: something to stderr", file=sys.stderr)
lines = ["one", "two", "three"]
sys.stdout.write("\n".join(lines) + "\n")
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print("final stderr line", file=sys.stderr)
out = sys.stdout
written = [out.write(s) for s in ["x", "yz", "\n"]]
print(written, sum(written))
sys.stdout.write(f"{'formatted':>12}|\n")
print("print and write interleave", end=" ")
sys.stdout.write("correctly\n")
sys.stdout.flush()
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
