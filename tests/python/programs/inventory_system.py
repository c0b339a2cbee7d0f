# A warehouse inventory with dataclass-like records, __slots__, sorting, and validation errors.
class Item:
    __slots__ = ("sku", "name", "qty", "unit_cost", "tags")
    def __init__(self, sku, name, qty=0, unit_cost=0.0, tags=()):
        if qty < 0:
            raise ValueError(f"{sku}: negative quantity {qty}")
        self.sku, self.name, self.qty, self.unit_cost, self.tags = sku, name, qty, unit_cost, frozenset(tags)
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, qty={self.qty}, unit_cost={self.unit_cost})"
    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku
    def __hash__(self):
        return hash(self.sku)
    @property
    def value(self):
        return round(self.qty * self.unit_cost, 2)
class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, item):
        if item.sku in self._items:
            raise KeyError(f"duplicate sku {item.sku}")
        self._items[item.sku] = item
    def adjust(self, sku, delta):
        item = self._items[sku]
        if item.qty + delta < 0:
            raise ValueError(f"{sku}: only {item.qty} in stock, cannot remove {-delta}")
        item.qty += delta
        return item.qty
    def __iter__(self):
        return iter(self._items.values())
    def __len__(self):
        return len(self._items)
    def __getitem__(self, sku):
        return self._items[sku]
    def by_tag(self, tag):
        return sorted(i.sku for i in self if tag in i.tags)
    def low_stock(self, threshold):
        return [i.sku for i in sorted(self, key=lambda i: (i.qty, i.sku)) if i.qty <= threshold]
    def total_value(self):
        return round(sum(i.value for i in self), 2)
inv = Inventory()
for args in [("W-1", "widget", 120, 0.35, ["metal", "small"]), ("G-7", "gear", 8, 4.10, ["metal"]),
             ("B-2", "bolt", 2000, 0.02, ["metal", "small"]), ("P-9", "pulley", 3, 12.5, []),
             ("R-4", "rope", 0, 1.25, ["fiber"])]:
    inv.add(Item(*args))
print(len(inv), inv.total_value())
for item in sorted(inv, key=lambda i: -i.value):
    print(f"{item.sku:<4} {item.name:<7} {item.qty:>5} @ {item.unit_cost:>6.2f} = {item.value:>7.2f}  {sorted(item.tags)}")
print("metal:", inv.by_tag("metal"), "small:", inv.by_tag("small"), "none:", inv.by_tag("plastic"))
print("low stock:", inv.low_stock(5))
print(inv.adjust("G-7", -8), inv.adjust("R-4", 50), inv.low_stock(5))
errors = [lambda: inv.add(Item("W-1", "dup")), lambda: inv.adjust("P-9", -4), lambda: inv["ZZZ"],
          lambda: Item("X", "bad", -1), lambda: setattr(inv["W-1"], "color", "red")]
for fn in errors:
    try:
        fn()
    except (KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(Item("A", "x") == Item("A", "y"), len({Item("A", "x"), Item("A", "y"), Item("B", "z")}))
