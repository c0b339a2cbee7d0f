# Keyword-only parameters after * or *args.
def connect(host, *, port=80, timeout):
    return f"{host}:{port} t={timeout}"
print(connect("h", timeout=5))
print(connect("h", port=8080, timeout=1))
try:
    connect("h", 8080, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    connect("h")
except TypeError as e:
    print(type(e).__name__, e)
def multi(*, a, b, c):
    return a + b + c
try:
    multi()
except TypeError as e:
    print(type(e).__name__, e)
try:
    multi(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    multi(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
def after_args(*items, sep=", "):
    return sep.join(map(str, items))
print(after_args(1, 2, 3), after_args(1, 2, sep="|"))
print(multi.__code__.co_kwonlyargcount, multi.__code__.co_varnames)
print("calling with a positional argument for a keyword-only parameter")
connect("host", 1, 2)
