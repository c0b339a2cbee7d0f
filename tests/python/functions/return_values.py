# return statements: implicit None, multiple values, early return, return in loops.
def implicit():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(implicit(), bare(), multi(), early(50), early(0))
a, b, c = multi()
print(a, b, c)
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def nested_return():
    try:
        return "from try"
    finally:
        print("finally runs before return completes")
print(nested_return())
def ret_in_while():
    n = 0
    while True:
        n += 1
        if n == 5:
            return n
print(ret_in_while())
def starred():
    rest = [2, 3]
    return 1, *rest
print(starred())
def gen_or_list(flag):
    if flag:
        return [x for x in range(3)]
    return (x for x in range(3))
print(gen_or_list(True), type(gen_or_list(False)).__name__)
