# Name resolution: Local, Enclosing, Global, Builtin; shadowing builtins.
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        x = "local x"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer(), x)
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: "shadowed len"
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("ab"))
len = lambda s: "global shadow"
print(uses_builtin())
del len
print(uses_builtin())
def conditional_local(flag):
    if flag:
        y = "assigned"
    return y
print(conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def class_scope_skip():
    v = "function v"
    class C:
        v = "class v"
        def m(self):
            return v
    return C().m(), C.v
print(class_scope_skip())
def comprehension_sees_enclosing():
    factor = 10
    return [factor * i for i in range(3)]
print(comprehension_sees_enclosing())
import builtins
print(builtins.max is max, "print" in dir(builtins))
def dynamic_global():
    globals()["made_dynamically"] = 1
dynamic_global()
print(made_dynamically)
