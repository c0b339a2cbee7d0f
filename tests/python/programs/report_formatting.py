# Formatting a sales report as aligned text tables with totals and bar charts.
sales = [
    ("North", "Widgets", 1200, 3.5), ("North", "Gadgets", 340, 12.25), ("South", "Widgets", 980, 3.5),
    ("South", "Gizmos", 120, 99.99), ("East", "Gadgets", 410, 12.25), ("East", "Widgets", 1500, 3.45),
    ("West", "Gizmos", 75, 104.5), ("West", "Gadgets", 0, 12.25),
]
header = ("Region", "Product", "Units", "Price", "Revenue")
rows = [(r, p, u, pr, u * pr) for r, p, u, pr in sales]
widths = [max(len(header[i]), *(len(f"{row[i]:,.2f}" if isinstance(row[i], float) else f"{row[i]:,}" if isinstance(row[i], int) else row[i]) for row in rows)) for i in range(5)]
def fmt(row):
    cells = []
    for value, w in zip(row, widths):
        if isinstance(value, float):
            cells.append(f"{value:>{w},.2f}")
        elif isinstance(value, int):
            cells.append(f"{value:>{w},}")
        else:
            cells.append(f"{value:<{w}}")
    return " | ".join(cells)
line = "-+-".join("-" * w for w in widths)
print(" | ".join(f"{h:^{w}}" for h, w in zip(header, widths)).rstrip())
print(line)
for row in sorted(rows, key=lambda r: (-r[4], r[0])):
    print(fmt(row))
print(line)
total_units = sum(r[2] for r in rows)
total_rev = sum(r[4] for r in rows)
print(fmt(("TOTAL", "", total_units, total_rev / total_units, total_rev)))
print()
by_region = {}
for r in rows:
    by_region[r[0]] = by_region.get(r[0], 0) + r[4]
top = max(by_region.values())
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    bar = "#" * round(30 * rev / top)
    print(f"{region:<6}{rev:>10,.2f} {bar}")
print()
print(f"{'Product':<10}{'share':>8}")
by_product = {}
for r in rows:
    by_product[r[1]] = by_product.get(r[1], 0) + r[4]
for product, rev in sorted(by_product.items()):
    print(f"{product:<10}{rev / total_rev:>8.1%}")
print(f"{'avg price':<10}{sum(r[3] for r in rows) / len(rows):>8.3f}")
