# Tuples as lightweight records; building a small report.
inventory = (
    ("widget", 3, 2.50),
    ("gadget", 0, 10.00),
    ("doohickey", 12, 0.75),
    ("gizmo", 7, 4.20),
)
total = 0
for name, qty, price in inventory:
    value = qty * price
    total += value
    print(f"{name:<10} {qty:>3} x {price:>5.2f} = {value:>6.2f}")
print(f"{'total':<10} {total:>23.2f}")
in_stock = tuple(item for item in inventory if item[1] > 0)
print(len(in_stock), [i[0] for i in in_stock])
names, qtys, prices = zip(*inventory)
print(names, sum(qtys), max(prices))
index = {name: (qty, price) for name, qty, price in inventory}
print(index["gizmo"])
cheapest = min(inventory, key=lambda r: r[2])
print(cheapest)
print(tuple(sorted(inventory, key=lambda r: r[1] * r[2], reverse=True))[0][0])
