# Keyword arguments: order independence, **kwargs capture, names as strings.
def describe(name, age, city="Nowhere"):
    return f"{name} ({age}) from {city}"
print(describe("Ann", 30))
print(describe(age=25, name="Bob"))
print(describe("Cy", city="Paris", age=40))
def kw_collector(**kw):
    return list(kw.items())
print(kw_collector(z=1, a=2, m=3))
print(kw_collector(**{"with space": 1, "123": 2}))
def mixed(a, *args, b, **kwargs):
    return a, args, b, kwargs
print(mixed(1, 2, 3, b=4, c=5))
print(mixed(a=1, b=2))
opts = {"b": "bee"}
print(mixed(0, **opts, extra=True))
def takes_self(self, cls):
    return self, cls
print(takes_self(cls=1, self=2))
print(dict(a=1, b=2), dict({"x": 1}, y=2))
try:
    describe("A", 1, name="B")
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe("A", 1, zzz=3)
except TypeError as e:
    print(type(e).__name__, e)
