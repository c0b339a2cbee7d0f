# __traceback__ objects, tb_lineno / tb_next chains, and with_traceback.
def level3():
    raise ValueError("deep")
def level2():
    level3()
def level1():
    level2()
try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print(type(e.__traceback__).__name__)
e = ValueError("fresh")
print(e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None, caught.__traceback__.tb_lineno)
def capture():
    try:
        raise KeyError("saved")
    except KeyError as err:
        return err
saved = capture()
try:
    raise RuntimeError("new").with_traceback(saved.__traceback__)
except RuntimeError as r:
    tb = r.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(lines)
x = ValueError("w")
print(x.with_traceback(None) is x)
try:
    x.with_traceback("nope")
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise IndexError
    except IndexError as ie:
        ie.__traceback__ = None
        raise
except IndexError as again:
    print("reraised with tb depth", 0 if again.__traceback__ is None else 1)
