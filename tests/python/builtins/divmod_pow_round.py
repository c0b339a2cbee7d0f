# divmod(), pow() with modulus, and round().
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, -1, 13), pow(-3, 3, 7), pow(5, 0, 3), pow(base=2, exp=5, mod=7))
print(round(3.14159, 2), round(2.5), round(-2.5), round(1234, -2), round(0.5 + 1e-9), round(7))
for bad in [lambda: pow(2, 3.5, 5), lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 4), lambda: pow(2, 3, 0),
            lambda: divmod(5, 0), lambda: divmod("a", 2), lambda: round("1.5"), lambda: round(1.5, "1")]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
def to_hms(seconds):
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"
print([to_hms(s) for s in [0, 59, 60, 3599, 3600, 86399]])
def modexp_check(b, e, m):
    return pow(b, e, m) == (b ** e) % m
print(all(modexp_check(b, e, m) for b in range(1, 6) for e in range(6) for m in range(2, 7)))
print(pow(2, 0.5), pow(-2, 2), pow(-2, 3), pow(10, -2), pow(0.0, 0))
print(round(2.5), round(3.5), round(-0.5), round(0.49999999999999994), round(12.5, -1), round(17, -1))
print(divmod(7, 7), divmod(0, 3), divmod(-7, 7), divmod(2 ** 64, 2 ** 32), divmod(7.5, -2))
print([round(x / 3, 3) for x in range(5)])
