# and/or/not return operands and short-circuit.
def t(v):
    print("eval", repr(v))
    return v
print(t(1) and t(2))
print(t(0) and t(2))
print(t(1) or t(2))
print(t(0) or t(2))
print(t("") or t([]) or t(None))
print(t(1) and t(0) or t("fallback"))
print(not t([]))
print(not t([0]))
print([] or {} or "x")
print(None and undefined_would_fail)
print(True or undefined_would_fail)
x = [] or [1]
print(x)
print(type(1 and 2.5).__name__)
print(0 or 0.0 or 0j or False or None or "" or b"" or ())
result = 5 > 3 and "yes" or "no"
print(result)
class Loud:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool of", self.v)
        return self.v
a = Loud(True)
b = Loud(False)
r = a and b
print(r.v)
r = b or a
print(r.v)
print(all([]), any([]))
