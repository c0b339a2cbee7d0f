# Formatting floats with format specs, %-formatting and str.format.
values = [0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-10, 1e20, 0.000123456, 2.5, 3.5, float("inf"), float("nan")]
for v in values:
    print(f"{v:f}|{v:.2f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}|{v:%}|{v:10.4}|{v:+}|{v:,.2f}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f} {0.125:.2f} {0.375:.2f}")
print(f"{1e16:.0f} {1.23456789e8:.1f} {123.456:08.2f} {-123.456:08.2f} {123.456:<10.1f}|")
print(f"{3.0:g} {3.0:.10g} {1e-5:g} {1e-4:g} {123456789.0:g} {1e6:g} {1e5:g}")
print(f"{2.0:#g} {2.0:#.3g} {2.0:#.0f} {2.0:#e}")
print(f"{1.0:n} {12345.6789:n}")
print("%f %.2f %e %.1e %g %G %E" % (1.5, 1.005, 12345.678, 0.00012, 1e-7, 1e-7, 1.5))
print("%5.1f|%-8.3f|%08.3f|%+.2f|% .2f" % (3.14159, 2.5, -2.5, 1.0, 1.0))
print("{:.3f} {:>10.2e} {:^12.4g}|".format(1 / 3, 12345.6789, 0.000123456))
print(f"{-0.0:f} {-0.0:g} {-0.0:e} {-0.0:.0f} {-1e-10:.2f}")
print(f"{1.0:.30f}")
print(f"{0.1:.25f}")
print(f"{1e300:.5g} {1e-300:.5g} {12.5:.1g}")
print(round(2.5), round(2.675, 2), format(2.675, ".2f"), format(0.5, ".0%"))
print(str(1e16), str(1.0e-5), format(1e16), format(1.0e-5), format(1e16, ""))
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "x")
except ValueError as e:
    print(type(e).__name__, e)
