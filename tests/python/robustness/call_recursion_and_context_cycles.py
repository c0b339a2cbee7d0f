# str keys found through another type's __eq__; a __call__ that is itself a callable instance; a context chain that already has a cycle
class K:
    def __hash__(self): return hash('k')
    def __eq__(self, o): return o == 'k' or isinstance(o, K)
print({'a': 1, K(): 2}.get('k'), {'a': 1, K(): 2}['k'])
class A: pass
A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError", e)
try:
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)
except TypeError as t:
    print(repr(t), repr(t.__context__))
