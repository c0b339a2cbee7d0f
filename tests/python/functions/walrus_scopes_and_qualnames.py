# Assignment expressions in comprehensions (global targets, forbidden iterables, inner-loop
# rebinding) and qualified names of functions/classes declared global where they are defined.
def global_function():
    def inner_function():
        class LocalClass:
            pass
        global inner_global_function
        def inner_global_function():
            def inner_function2():
                pass
            return inner_function2
        global GClass
        class GClass:
            def m(self): pass
        return LocalClass
    return lambda: inner_function
print(global_function.__qualname__, global_function().__qualname__, global_function()().__qualname__, global_function()()().__qualname__)
print(inner_global_function.__qualname__, inner_global_function().__qualname__, GClass.__qualname__, GClass.m.__qualname__)
sentinel = object()
def f():
    global GLOBAL_VAR
    [(GLOBAL_VAR := sentinel) for _ in range(1)]
    return GLOBAL_VAR is sentinel
print(f(), GLOBAL_VAR is sentinel)
def g():
    [(y := 5) for _ in range(1)]
    return y
print(g())
class C:
    global h
    def h(self): pass
print(h.__qualname__)
for code in ['[i for i in range(5) if (j := 0) for j in range(5)]', '[i for i in range(5) if (j := 0) for j, k in [(0, 1)]]',
             '[i for i in (i := range(5))]', '[i for i in (2, 3, i := range(5))]', '[i for i in (lambda:(j := range(5)))()]',
             '[i for i in range(5) for j in (i := range(5))]', '[i for i in [j for j in (k := range(5))]]',
             '{i for i in [(j := True) for j in range(5)]}', 'lambda: [i for i in (i := range(5))]', '[(y := x) for x in range(3)]']:
    try:
        exec(code, {})
        print("ok", code)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
