# rpy: xfail code objects have no co_code (rpy's bytecode is not CPython's)
# Code object attributes: co_name, co_argcount, co_varnames, etc.
def sample(a, b, /, c, d=1, *args, e, f=2, **kwargs):
    x = a + b
    y = [x]
    def nested():
        return y
    return nested
co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_cellvars, co.co_freevars, co.co_nlocals)
print(co.co_firstlineno, type(co.co_code).__name__, type(co.co_consts).__name__)
print("nested" in co.co_varnames, co.co_filename.endswith("code_objects.py"))
nested = sample(1, 2, 3, e=4)
nco = nested.__code__
print(nco.co_name, nco.co_qualname, nco.co_argcount, nco.co_freevars, nco.co_varnames)
lam = lambda p, q=1: p
print(lam.__code__.co_name, lam.__code__.co_argcount, lam.__code__.co_varnames)
def gen():
    yield 1
print(gen.__code__.co_name, gen.__code__.co_flags & 0x20 != 0, sample.__code__.co_flags & 0x20 != 0)
async def coro():
    pass
print(coro.__code__.co_flags & 0x80 != 0)
print(sample.__code__.co_flags & 0x04 != 0, sample.__code__.co_flags & 0x08 != 0)
class K:
    def method(self):
        return self
print(K.method.__code__.co_varnames, K.method.__code__.co_qualname)
