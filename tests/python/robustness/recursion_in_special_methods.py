# RecursionError raised through __repr__, __getattr__ and __eq__ chains is catchable.
class SelfRepr:
    def __repr__(self):
        return "SelfRepr(" + repr(self) + ")"
try:
    repr(SelfRepr())
except RecursionError as e:
    print("repr:", type(e).__name__)
class BadGetattr:
    def __getattr__(self, name):
        return self.missing_attribute
try:
    BadGetattr().anything
except RecursionError as e:
    print("getattr:", type(e).__name__)
class DeepEq:
    def __eq__(self, other):
        return self == other
try:
    DeepEq() == DeepEq()
except RecursionError as e:
    print("eq:", type(e).__name__)
nested = []
cur = nested
for _ in range(100000):
    cur.append([])
    cur = cur[0]
try:
    repr(nested)
    print("repr of deep list succeeded")
except RecursionError as e:
    print("deep list repr:", type(e).__name__)
print("program continues normally")
