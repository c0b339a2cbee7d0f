# Names and reprs of builtin types and some of their special objects.
for t in [int, float, complex, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          range, slice, type, object, memoryview, property, staticmethod, classmethod, super,
          enumerate, zip, map, filter, reversed, BaseException]:
    print(t.__name__, repr(t), t.__module__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__)
print(type({}.keys()).__name__, type(iter({}.items())).__name__, type(iter(set())).__name__)
print(type(x for x in []).__name__, type(range(3).__iter__()).__name__, type(iter(b"")).__name__)
print(type(len).__name__, type([].sort).__name__, type(str.upper).__name__, type(dict.fromkeys).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(object.__init__).__name__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(type(lambda: 0).__name__, type(print).__name__, type(object.__init__).__name__)
class K:
    def m(self):
        pass
    @classmethod
    def c(cls):
        pass
    @staticmethod
    def s():
        pass
    @property
    def p(self):
        return 1
print(type(K.m).__name__, type(K().m).__name__, type(K.c).__name__, type(K.s).__name__, type(K.__dict__["p"]).__name__)
print(type(K.__dict__).__name__, type(vars(K())).__name__, type(K.__mro__).__name__)
print(type(iter(range(0))).__name__, type(enumerate([])).__name__, type(zip()).__name__, type(reversed([])).__name__)
print(type(slice(1)).__name__, type(memoryview(b"")).__name__, type(1j).__name__, type(2 ** 100).__name__)
