# Format precisions beyond what Rust's formatter accepts (the digits past a double's exact
# expansion are zeros) and precision limits.

def show(f):
    try:
        r = f()
        print(repr(r[:40]), repr(r[-10:]), len(r))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: format(1.5, ".70000f"))
show(lambda: format(1.5, ".70000e"))
show(lambda: format(1.5, ".70000g"))
show(lambda: format(1.5, ".70000%"))
show(lambda: format(1.5, ".2147483648f"))
show(lambda: "%.70000f" % 1.5)
show(lambda: "%.*f" % (70000, 1.5))
show(lambda: "%.*f" % (2 ** 31, 1.5))
show(lambda: format(1e300, ".200f"))
show(lambda: format(1e-300, ".400f"))
show(lambda: format(5e-324, ".1100f"))
show(lambda: format(5e-324, ".1200e"))
show(lambda: format(0.1, ".60f"))
show(lambda: format(12, ".70000f"))
show(lambda: format(3j, ".70000f"))
show(lambda: "{:.{}f}".format(1.5, 70000))
show(lambda: f"{1.5:.70000f}")
print(round(1.5, 70000), round(2.675, 2))
