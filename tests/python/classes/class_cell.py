# The __class__ cell: set before a metaclass's mro() runs, errors when a metaclass drops
# __classcell__ or passes a non-cell, class-level __class__ names, super() argument counts.
test_class = None
class Meta(type):
    def mro(self):
        self.__dict__['f']()
        return super().mro()
class A(metaclass=Meta):
    def f():
        global test_class
        test_class = __class__
print(test_class is A)
class Meta2(type):
    def __new__(cls, name, bases, namespace):
        namespace.pop('__classcell__', None)
        return super().__new__(cls, name, bases, namespace)
class WithoutClassRef(metaclass=Meta2):
    pass
try:
    class WithClassRef(metaclass=Meta2):
        def f(self):
            return __class__
except RuntimeError as e:
    print(e)
class Meta3(type):
    def __new__(cls, name, bases, namespace, cell):
        namespace['__classcell__'] = cell
        return super().__new__(cls, name, bases, namespace)
for bad_cell in (None, 0, '', object()):
    try:
        class A(metaclass=Meta3, cell=bad_cell):
            pass
    except TypeError as e:
        print(str(e)[:60])
class A:
    def f(self): return 'A'
class X(A):
    def f(self):
        return super().f()
    __class__ = 413
x = X()
print(x.f(), x.__class__)
class Y:
    y = __class__ if False else 0
    def f():
        __class__
print(Y.y)
try:
    exec('class X:\n    __class__\n    def f():\n        __class__', globals(), {})
except NameError as e:
    print(type(e).__name__, e)
class Z:
    global __class__
    __class__ = 42
    def f():
        __class__
print(globals()['__class__'])
del globals()['__class__']
try:
    super(1, 2, 3)
except TypeError as e: print(e)
