# assert statements with and without messages.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append("msg")
    return "computed"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as e:
    print("caught:", e)
print(__debug__)
x = 0
assert x == 0, "x must be zero"
assert x, "final assertion fails: x is %d" % x
