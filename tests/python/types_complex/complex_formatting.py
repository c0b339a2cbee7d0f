# Formatting complex numbers.
z = 3.14159 - 2.71828j
print(format(z), format(z, ".2f"), format(z, "10.1f") + "|", format(z, "e"), format(z, "g"))
print(f"{z:.3}", f"{1j:}", f"{(1+0j):}", f"{z:+.1f}", f"{z:^30.2f}|")
print("{:.1f}".format(1 + 2j), "{0.real} {0.imag}".format(z))
print(f"{complex(1, 1):>20}|", f"{0j:.2f}")
try:
    format(z, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(z, "=10")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "%f" % z
except TypeError as e:
    print(type(e).__name__, e)
print("%s %r" % (z, z))
for z in [1j, -1j, 1 + 0j, -0.5 + 2.25j, complex(1e10, -1e-10)]:
    print(f"{z}|{z:.2f}|{z:.3e}|{z:g}|{z:>16}|")
