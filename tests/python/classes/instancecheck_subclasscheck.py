# __instancecheck__ and __subclasscheck__ on metaclasses.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)
    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.required)
class Quacker(metaclass=DuckMeta):
    required = ("quack",)
class Duck:
    def quack(self):
        return "quack"
class Robot:
    def beep(self):
        pass
print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Quacker)))
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
class Even(metaclass=EvenMeta):
    pass
print([x for x in range(7) if isinstance(x, Even)])
class Plain:
    pass
print(isinstance(Plain(), Plain), isinstance(Plain, type), isinstance(Plain, Plain))
try:
    issubclass(Plain(), Plain)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(bool, (str, int)), issubclass(int, ()), isinstance(1, ()))
print(isinstance(1, (str, (float, (int,)))))
