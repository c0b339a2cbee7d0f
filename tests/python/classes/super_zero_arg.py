# super() without arguments and with explicit arguments.
class Base:
    def __init__(self):
        self.log = ["Base.__init__"]
    def greet(self, name):
        return f"Base greets {name}"
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
    @staticmethod
    def util():
        return "Base.util"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid.__init__")
    def greet(self, name):
        return "Mid+" + super().greet(name)
    @classmethod
    def create(cls):
        return "Mid+" + super().create()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf.__init__")
    def greet(self, name):
        return "Leaf+" + super().greet(name)
    def skip(self, name):
        return super(Mid, self).greet(name)
    def util_call(self):
        return super().util()
leaf = Leaf()
print(leaf.log)
print(leaf.greet("you"))
print(leaf.skip("direct"))
print(Leaf.create())
print(leaf.util_call())
sup = super(Leaf, leaf)
print(type(sup).__name__)
print(sup.greet("via object"))
class WithProp(Base):
    @property
    def value(self):
        return "prop"
class ExtendProp(WithProp):
    @property
    def value(self):
        return "extended " + super().value
print(ExtendProp().value)
def outside():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()
class NoParent:
    def m(self):
        return super().__repr__ is not None
print(NoParent().m())
class Multi(Base):
    def greet(self, name):
        helper = lambda: super(Multi, self).greet(name)
        return "lambda:" + helper()
print(Multi().greet("x"))
class Gen(Base):
    def greet(self, name):
        return [super().greet(n) for n in (name, name + "2")]
try:
    print(Gen().greet("g"))
except TypeError as e:
    print(type(e).__name__, e)
