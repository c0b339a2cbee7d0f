# Class attributes are shared; instance attributes shadow them.
class Config:
    debug = False
    items = []
    def enable(self):
        self.debug = True
a, b = Config(), Config()
a.enable()
print(a.debug, b.debug, Config.debug)
print("debug" in vars(a), "debug" in vars(b))
a.items.append("shared!")
print(b.items, Config.items)
b.items = ["own"]
print(a.items, b.items, Config.items)
Config.debug = "changed on class"
print(a.debug, b.debug)
del a.debug
print(a.debug)
try:
    del b.debug
except AttributeError as e:
    print(type(e).__name__, e)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.instances)
class Wrong:
    count = 0
    def __init__(self):
        self.count += 1
w1, w2 = Wrong(), Wrong()
print(w1.count, w2.count, Wrong.count)
Config.new_attr = "added later"
print(a.new_attr)
setattr(Config, "dyn", 5)
print(b.dyn, getattr(Config, "dyn"))
print(sorted(k for k in vars(Config) if not k.startswith("__")))
print(type(vars(Config)).__name__)
try:
    vars(Config)["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
