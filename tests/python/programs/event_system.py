# An observer/event-bus system built with decorators, closures and weak coupling.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []
    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn))
            self.handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return register
    def off(self, event, fn):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [h for h in self.handlers.get(event, []) if h[2] is not fn]
        return before - len(self.handlers[event])
    def emit(self, event, **payload):
        results = []
        for prio, _, fn in self.handlers.get(event, []):
            try:
                r = fn(**payload)
            except StopPropagation as stop:
                self.log.append(f"{event}: stopped by {fn.__name__} ({stop})")
                break
            except Exception as e:
                self.log.append(f"{event}: {fn.__name__} failed with {type(e).__name__}: {e}")
                continue
            results.append(r)
        return results
class StopPropagation(Exception):
    pass
bus = EventBus()
@bus.on("order")
def record(order_id, amount):
    return f"recorded #{order_id}"
@bus.on("order", priority=10)
def validate(order_id, amount):
    if amount <= 0:
        raise StopPropagation(f"invalid amount {amount}")
    return "valid"
@bus.on("order", priority=5)
def notify(order_id, amount):
    if amount > 1000:
        raise RuntimeError("notification service down")
    return f"notified for {amount}"
@bus.on("order", priority=-1)
def audit(order_id, amount, **extra):
    return f"audit {order_id} {sorted(extra)}"
print(bus.emit("order", order_id=1, amount=50))
print(bus.emit("order", order_id=2, amount=-5))
print(bus.emit("order", order_id=3, amount=5000))
print(bus.emit("unknown", x=1))
print("removed:", bus.off("order", notify))
print(bus.emit("order", order_id=4, amount=20))
try:
    bus.emit("order", order_id=5)
except TypeError as e:
    print("bad payload:", e)
for line in bus.log:
    print("log:", line)
counters = {}
def make_counter(name):
    def handler(**kw):
        counters[name] = counters.get(name, 0) + 1
        return counters[name]
    handler.__name__ = f"counter_{name}"
    return handler
for n in ["a", "b"]:
    bus.on("tick")(make_counter(n))
for _ in range(3):
    bus.emit("tick")
print(counters, [h[2].__name__ for h in bus.handlers["tick"]])
