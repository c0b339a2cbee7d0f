# Cell objects: cell_contents, empty cells, sharing between closures.
def make():
    x = 1
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = make()
print(type(get.__closure__[0]).__name__, get.__closure__[0].cell_contents)
set_(42)
print(get(), get.__closure__[0] is set_.__closure__[0], get.__closure__[0].cell_contents)
def empty_cell():
    def inner():
        return later
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    later = "now set"
    return cell.cell_contents
print(empty_cell())
c = get.__closure__[0]
c.cell_contents = "assigned through cell"
print(get())
def no_closure():
    return 1
print(no_closure.__closure__)
def multi():
    a, b, c = 1, 2, 3
    def f():
        return a + c
    return f
f = multi()
print(f.__code__.co_freevars, [cell.cell_contents for cell in f.__closure__])
