# Metaclasses: type subclasses controlling class creation and behaviour.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def class_method_from_meta(cls):
        return "meta method on " + cls.__name__
class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v
class Sub(Base, flag=True):
    extra = 1
obj = Sub(42)
print(obj.v, Sub.created_by, type(Sub).__name__, type(obj).__name__)
print(Sub.class_method_from_meta())
print(hasattr(obj, "class_method_from_meta"))
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name
a = Config("first")
b = Config("second")
print(a is b, a.name)
class Registry(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.registry.append(name)
class Plugin(metaclass=Registry):
    pass
class PluginA(Plugin):
    pass
class PluginB(Plugin):
    pass
print(Registry.registry)
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("__prepare__", name)
        return {"injected": "from prepare"}
class WithPrepare(metaclass=OrderedMeta):
    pass
print(WithPrepare.injected)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(type), type(int), isinstance(Sub, Meta), isinstance(Sub, type))
