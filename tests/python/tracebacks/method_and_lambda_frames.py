# rpy: full-stderr
# Frames inside methods, lambdas and comprehensions are named in the traceback.
class Inventory:
    def __init__(self):
        self.items = {"apple": 3, "pear": 2, "fig": 7}
    def count(self, names):
        return [self.items[n] for n in names]
    def total(self, names):
        return sum(map(lambda c: c * 2, self.count(names)))
    def report(self):
        return {name: qty for name, qty in sorted(self.items.items())}
inv = Inventory()
print(inv.total(["apple", "pear"]))
print(inv.report())
print(inv.count(["fig"]))
doubled = sorted(inv.items, key=lambda name: -inv.items[name])
print(doubled)
try:
    inv.count(["kiwi"])
except KeyError as e:
    print("caught:", e)
print(inv.total(["apple", "plum"]))
