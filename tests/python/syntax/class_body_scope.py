# Class bodies are executed like functions but their names are not visible in methods.
x = "global"
class C:
    x = "class"
    y = x + "-derived"
    def method(self):
        return x
    def method2(self):
        return self.x
    names = [n for n in ("a", "b")]
    print("executing class body, x =", x)
print(C.y, C().method(), C().method2(), C.names)
def factory():
    z = "enclosing"
    class D:
        z = "class-z"
        def get(self):
            return z
        w = z
    return D
D = factory()
print(D().get(), D.w, D.z)
def factory2():
    v = "enclosing v"
    class E:
        print("class body sees", v)
        u = v.upper()
    return E
print(factory2().u)
class Counter:
    count = 0
    for i in range(3):
        count += i
    del i
print(Counter.count, hasattr(Counter, "i"))
class Cond:
    if True:
        flag = "yes"
    else:
        flag = "no"
print(Cond.flag)
print(sorted(k for k in vars(Counter) if not k.startswith("__")))
class Nested:
    class Inner:
        value = 3
    ref = Inner.value
print(Nested.ref, Nested.Inner.__qualname__, Nested.Inner.__name__)
