# globals() and locals() in different scopes.
g_value = "global"
print("g_value" in globals(), globals()["g_value"], globals() is globals())
globals()["injected"] = 99
print(injected)
def func(a, b=2):
    c = a + b
    return sorted(locals().items())
print(func(1))
def nested():
    outer_var = 1
    def inner():
        return sorted(locals())
    def inner_uses():
        return outer_var, sorted(locals())
    return inner(), inner_uses()
print(nested())
print(locals() is globals())
class C:
    x = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
def modify_locals():
    v = 1
    locals()["v"] = 2
    return v
print(modify_locals())
print(sorted(k for k in globals() if not k.startswith("__")))
print("__name__" in globals(), "__doc__" in globals(), "__builtins__" in globals())
print(__name__, __doc__)
