# A shopping cart with pricing rules, coupons, taxes, and a printed receipt (integer cents).
class Product:
    def __init__(self, sku, name, cents, category):
        self.sku, self.name, self.cents, self.category = sku, name, cents, category
CATALOG = {p.sku: p for p in [
    Product("APL", "Apple", 50, "produce"), Product("BRD", "Bread", 325, "bakery"),
    Product("MLK", "Milk", 199, "dairy"), Product("CHS", "Cheese", 799, "dairy"),
    Product("TV", "Television", 49999, "electronics"),
]}
class Cart:
    def __init__(self):
        self.lines = {}
        self.coupons = []
    def add(self, sku, qty=1):
        if sku not in CATALOG:
            raise KeyError(f"unknown product {sku}")
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self.lines[sku] = self.lines.get(sku, 0) + qty
    def remove(self, sku, qty=1):
        have = self.lines.get(sku, 0)
        if qty > have:
            raise ValueError(f"cannot remove {qty} {sku}, cart has {have}")
        if qty == have:
            del self.lines[sku]
        else:
            self.lines[sku] = have - qty
    def discounts(self):
        out = []
        apples = self.lines.get("APL", 0)
        if apples >= 3:
            out.append(("3 apples for 1.20", -(apples // 3) * (3 * 50 - 120)))
        dairy = sorted((CATALOG[s].cents for s, q in self.lines.items() for _ in range(q) if CATALOG[s].category == "dairy"))
        if len(dairy) >= 2:
            out.append(("cheapest dairy item half price", -(dairy[0] // 2)))
        for code in self.coupons:
            if code == "TENOFF":
                out.append(("coupon TENOFF", -1000))
        return out
    def receipt(self):
        lines = []
        subtotal = 0
        for sku, qty in self.lines.items():
            p = CATALOG[sku]
            amount = p.cents * qty
            subtotal += amount
            lines.append(f"{p.name:<16}{qty:>3} x {p.cents / 100:>7.2f} {amount / 100:>9.2f}")
        disc = self.discounts()
        for label, cents in disc:
            lines.append(f"{label:<31}{cents / 100:>9.2f}")
        net = max(0, subtotal + sum(c for _, c in disc))
        tax = (net * 8 + 50) // 100
        lines.append("-" * 40)
        lines.append(f"{'subtotal':<31}{subtotal / 100:>9.2f}")
        lines.append(f"{'tax 8%':<31}{tax / 100:>9.2f}")
        lines.append(f"{'TOTAL':<31}{(net + tax) / 100:>9.2f}")
        return "\n".join(lines)
cart = Cart()
for sku, qty in [("APL", 7), ("BRD", 1), ("MLK", 2), ("CHS", 1)]:
    cart.add(sku, qty)
cart.remove("APL", 1)
cart.coupons.append("TENOFF")
print(cart.receipt())
for op in [lambda: cart.add("XYZ"), lambda: cart.add("APL", 0), lambda: cart.remove("BRD", 5)]:
    try:
        op()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
small = Cart()
small.add("APL")
small.coupons.append("TENOFF")
print(small.receipt())
