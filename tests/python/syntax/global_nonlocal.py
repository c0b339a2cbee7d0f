# global and nonlocal declarations.
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter)
def make_global():
    global created_later
    created_later = "made inside function"
make_global()
print(created_later)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "modified by inner"
    inner()
    return x
print(outer())
def make_counter():
    count = 0
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())
def levels():
    a = 1
    def mid():
        a = 2
        def inner():
            nonlocal a
            a += 10
            return a
        r = inner()
        return r, a
    return mid(), a
print(levels())
x = "global x"
def shadow():
    x = "local x"
    def read():
        return x
    return read()
print(shadow(), x)
def unbound():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound()
def g_in_nested():
    def inner():
        global counter
        counter = 100
    inner()
g_in_nested()
print(counter)
class K:
    global class_global
    class_global = "set from class body"
print(class_global)
