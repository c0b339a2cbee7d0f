# Identity (is) vs equality (==) for objects whose identity is guaranteed.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
x = None
print(x is None, x == None)
print(True is True, (1 == 1) is True, bool(1) is True)
class Thing:
    pass
t1, t2 = Thing(), Thing()
print(t1 is t2, t1 is t1, t1 == t2, t1 != t2)
s = "hello"
s2 = s
print(s is s2)
def f():
    return []
print(f() is f(), f() == f())
print(type(1) is int, type(1) is type(2), int is int)
print(... is Ellipsis, NotImplemented is NotImplemented)
lst = [a, a]
print(lst[0] is lst[1])
d = {"k": a}
print(d["k"] is a)
print(id(a) != id(c), isinstance(id(a), int))
