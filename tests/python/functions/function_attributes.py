# Function objects: __name__, __qualname__, __doc__, __module__, __dict__, __code__.
def outer():
    def inner(a, b=2, *c, d, **e):
        "inner doc"
        x = 1
        return x
    return inner
f = outer()
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
code = f.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames)
print(code.co_nlocals, code.co_filename.endswith("function_attributes.py"))
f.custom = "attached"
print(f.custom, f.__dict__)
f.__name__ = "renamed"
print(f.__name__)
class C:
    def m(self):
        pass
    class D:
        def n(self):
            pass
print(C.m.__qualname__, C.D.n.__qualname__, C.D.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
def g():
    return [lambda: 0 for _ in range(1)][0]
print(g().__qualname__)
print(type(f).__name__, callable(f))
def with_defaults(a=1, *, b=2):
    pass
print(with_defaults.__defaults__, with_defaults.__kwdefaults__)
print(f.__globals__ is globals())
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(len.__name__, len.__qualname__, type(len).__name__)
print(outer.__code__.co_name, outer.__code__.co_firstlineno)
