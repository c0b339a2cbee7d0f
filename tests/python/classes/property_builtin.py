# property: getter, setter, deleter, docstrings, read-only errors.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__)
prop = Temperature.celsius
print(prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__)
print(Temperature.fahrenheit.fset)
class Old:
    def _get(self):
        return "old-style"
    def _set(self, v):
        print("set", v)
    x = property(_get, _set, None, "x doc")
o = Old()
print(o.x, Old.x.__doc__)
o.x = 3
class Computed:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return self.calls
c = Computed()
print(c.value, c.value, c.value)
class Raises:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Raises().broken)
