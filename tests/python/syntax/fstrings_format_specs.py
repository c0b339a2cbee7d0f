# f-string format specifications for ints, floats and strings.
n = 1234567
print(f"{n:,}|{n:_}|{n:>12}|{n:<12}|{n:^12}|{n:012}")
print(f"{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#o}|{n:#b}")
print(f"{255:08b}|{255:#010x}|{-42:+d}|{42:+d}|{42: d}|{-42: d}")
print(f"{n:_x}|{n:_b}")
print(f"{65:c}|{n:e}|{n:n}")
x = 3.14159265
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:e}|{x:.3E}|{x:g}|{x:%}|{x:.1%}")
print(f"{1e-7:g}|{1e16:g}|{123456789.0:g}|{0.0001:g}|{x:+.2f}")
print(f"{1234.5:,.2f}|{-0.0:f}|{float('inf'):f}|{float('nan'):F}")
print(f"{2.5:.0f}|{3.5:.0f}|{0.125:.2f}|{1.005:.2f}")
s = "text"
print(f"{s:>10}|{s:<10}|{s:^10}|{s:*^10}|{s:.2}|{s:-<8.3}")
print(f"{'':->20}")
w, p = 12, 4
print(f"{x:{w}.{p}f}|")
print(f"{x:0{w}.{p}f}|")
print(f"{-5:=+8}|{5:=8}|{-5:08}")
print(f"{True:d}|{True}|{False:>6}")
print(f"{12345678901234567890:,}")
print(f"{0.1 + 0.2:.17f}|{0.1 + 0.2}")
print(f"{1.5e300 * 1e10:f}")
print(format(3, "03"), format(3.0, "05.1f"), format("x", "3"))
try:
    print(f"{s:d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{n:s}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{x:,x}")
except ValueError as e:
    print(type(e).__name__, e)
