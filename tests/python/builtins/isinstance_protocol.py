# isinstance/issubclass beyond plain classes: objects with __bases__ (the abstract protocol),
# instances reporting another __class__, metaclass hooks, tuples and unions, recursion limits,
# and which AttributeErrors are masked.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class AbstractClass:
    def __init__(self, bases):
        self.bases = bases

    def getbases(self):
        return self.bases

    __bases__ = property(getbases)

    def __call__(self):
        return AbstractInstance(self)


class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass

    def getclass(self):
        return self.klass

    __class__ = property(getclass)


AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
Other = AbstractClass(bases=())
show(lambda: issubclass(AbstractChild, AbstractSuper))
show(lambda: issubclass(AbstractSuper, AbstractChild))
show(lambda: issubclass(AbstractChild, (Other, AbstractSuper)))
show(lambda: isinstance(AbstractChild(), AbstractSuper))
show(lambda: isinstance(AbstractChild(), AbstractChild))
show(lambda: isinstance(AbstractSuper(), AbstractChild))
show(lambda: issubclass(int, AbstractSuper))
show(lambda: issubclass(AbstractChild, int))
show(lambda: isinstance(3, AbstractSuper))
show(lambda: issubclass(1, int))
show(lambda: issubclass(int, 1))
show(lambda: isinstance(1, 1))
show(lambda: issubclass(int, (int, 1)))
show(lambda: isinstance(1, (str, (int,))))
show(lambda: isinstance(1, int | str))
show(lambda: issubclass(bool, int | None))


class Masked:
    def getbases(self):
        raise AttributeError

    __bases__ = property(getbases)


class NotMasked:
    def getbases(self):
        raise RuntimeError("bases")

    __bases__ = property(getbases)


show(lambda: isinstance(1, Masked()))
show(lambda: issubclass(int, Masked()))
show(lambda: issubclass(Masked(), int))
show(lambda: issubclass(int, NotMasked()))


class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"

    def __subclasscheck__(cls, sub):
        return sub is str


class M(metaclass=Meta):
    pass


show(lambda: isinstance("magic", M))
show(lambda: isinstance(3, M))
show(lambda: issubclass(str, M))
show(lambda: issubclass(M, M))
show(lambda: type.__instancecheck__(int, 3))
show(lambda: type.__subclasscheck__(int, bool))
show(lambda: type.__subclasscheck__(int, AbstractChild))


class Pretender:
    @property
    def __class__(self):
        return int


show(lambda: isinstance(Pretender(), int))
show(lambda: isinstance(Pretender(), Pretender))

deep = int
for _ in range(3000):
    deep = (deep,)
show(lambda: isinstance(1, deep))
show(lambda: issubclass(int, deep))


class Cyclic:
    @property
    def __bases__(self):
        return (self, self)


show(lambda: issubclass(Cyclic(), int))
