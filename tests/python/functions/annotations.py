# Function annotations are stored but not enforced.
def typed(a: int, b: str = "x", *args: float, flag: bool = False, **rest: "any") -> list:
    return [a, b, args, flag, rest]
print(typed("not an int", 5))
print(typed.__annotations__)
print(list(typed.__annotations__))
def no_ann(a, b):
    pass
print(no_ann.__annotations__)
def ret_only() -> "ReturnType":
    pass
print(ret_only.__annotations__)
def expr_ann(x: 1 + 2, y: [int, str]) -> {"k": "v"}:
    pass
print(expr_ann.__annotations__)
order = []
def mark(name):
    order.append(name)
    return name
def evaluated(a: mark("a"), b: mark("b") = mark("default")) -> mark("ret"):
    pass
print(order)
print(evaluated.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
typed.__annotations__["extra"] = int
print(sorted(typed.__annotations__))
