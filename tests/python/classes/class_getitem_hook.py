# __class_getitem__ and generic aliases of builtin types.
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item!r}]"
print(Box[int], Box["x"], Box[3])
class Pair:
    def __class_getitem__(cls, params):
        return (cls.__name__, params)
print(Pair[int, str])
alias = list[int]
print(alias, type(alias).__name__)
print(dict[str, list[int]])
print(tuple[int, ...])
print(alias.__origin__, alias.__args__)
print(list[int]([1, 2, 3]))
print(isinstance([1], list))
try:
    isinstance([1], list[int])
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Box):
    pass
print(Sub[float])
class WithGetitem:
    def __getitem__(self, k):
        return "instance getitem " + repr(k)
    def __class_getitem__(cls, k):
        return "class getitem " + repr(k)
print(WithGetitem[1], WithGetitem()[1])
print(int | str, type(int | None).__name__)
print(isinstance(5, int | str), isinstance(5.0, int | str))
