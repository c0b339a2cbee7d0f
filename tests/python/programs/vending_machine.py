# A vending machine modelled as a state machine with match statements.
class VendingError(Exception):
    pass
class Machine:
    PRICES = {"A1": 125, "A2": 90, "B1": 200}
    COINS = (5, 10, 25, 100)
    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = "idle"
        self.credit = 0
        self.bank = 0
    def handle(self, event):
        match (self.state, event):
            case (_, ("coin", int(value))) if value not in self.COINS:
                raise VendingError(f"rejected coin: {value}")
            case ("idle" | "collecting", ("coin", value)):
                self.credit += value
                self.state = "collecting"
                return f"credit {self.credit}"
            case ("collecting", ("select", code)) if code not in self.PRICES:
                raise VendingError(f"no such item: {code}")
            case ("collecting", ("select", code)):
                price = self.PRICES[code]
                if self.stock.get(code, 0) == 0:
                    raise VendingError(f"{code} sold out")
                if self.credit < price:
                    return f"insert {price - self.credit} more"
                self.stock[code] -= 1
                change = self.credit - price
                self.bank += price
                self.credit = 0
                self.state = "idle"
                return f"vend {code}, change {self.make_change(change)}"
            case ("collecting", ("refund",)):
                amount, self.credit, self.state = self.credit, 0, "idle"
                return f"refund {self.make_change(amount)}"
            case ("idle", ("select", _)):
                return "insert coins first"
            case (state, other):
                raise VendingError(f"cannot handle {other!r} while {state}")
    def make_change(self, amount):
        coins = []
        for c in sorted(self.COINS, reverse=True):
            while amount >= c:
                coins.append(c)
                amount -= c
        return coins
m = Machine({"A1": 1, "A2": 5, "B1": 0})
events = [("select", "A1"), ("coin", 100), ("coin", 3), ("select", "A1"), ("coin", 25), ("select", "A1"),
          ("coin", 100), ("coin", 100), ("select", "A1"), ("select", "B1"), ("select", "Z9"), ("refund",),
          ("coin", 25), ("coin", 25), ("coin", 25), ("coin", 25), ("select", "A2"), ("refund",), ("dance",)]
for ev in events:
    try:
        print(f"{str(ev):18} -> {m.handle(ev)}")
    except VendingError as e:
        print(f"{str(ev):18} !! {e}")
print("state:", m.state, "credit:", m.credit, "bank:", m.bank, "stock:", m.stock)
