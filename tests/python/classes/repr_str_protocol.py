# object.__str__ returns the class's __repr__ result unchecked, so str() reports a bad one as
# "__str__ returned non-string"; self-referential repr/str raise RecursionError.

class Bad:
    def __repr__(self):
        return 1


for f in (repr, str):
    try:
        f(Bad())
    except TypeError as e:
        print(f.__name__, e)
print(Bad().__str__())


class Foo:
    pass


Foo.__repr__ = Foo.__str__
foo = Foo()
for f in (str, repr):
    try:
        f(foo)
    except RecursionError:
        print(f.__name__, "RecursionError")


class S:
    def __str__(self):
        return str(self)


try:
    str(S())
except RecursionError:
    print("str RecursionError")
print(str(Bad.__name__), "done")
