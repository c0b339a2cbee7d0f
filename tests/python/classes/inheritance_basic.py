# Single inheritance, method overriding, and attribute lookup through the chain.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} the {self.kind} says {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def speak(self):
        return super().speak().lower() + "!"
class Cat(Animal):
    kind = "cat"
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
    def speak(self):
        return "Meow"
for a in [Animal("Generic"), Dog("Rex"), Puppy("Bit"), Cat("Tom", True)]:
    print(a.describe())
print(Puppy.__bases__, Puppy.__base__, Dog.__mro__)
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy("p"), Dog))
print(Cat("c", False).indoor)
print(Animal.__subclasses__())
class Base:
    def template(self):
        return self.step1() + self.step2()
    def step1(self):
        return "base1 "
    def step2(self):
        return "base2"
class Derived(Base):
    def step2(self):
        return "derived2"
print(Derived().template())
print(object.__subclasses__ is not None, Base.__bases__)
