# rpy: full-stderr
# Uncaught ZeroDivisionError inside a binary operation: 3.11 carets mark the operator.
def average(total, count):
    return total / count
def ratio(a, b):
    return a / b
values = [10, 20, 30]
print("average:", average(sum(values), len(values)))
print("ratio:", ratio(3, 4), ratio(10, 5))
print("floor division:", 17 // 5, "modulo:", 17 % 5)
try:
    print(ratio(1, 0))
except ZeroDivisionError as e:
    print("caught:", e)
def safe_average(items):
    return average(sum(items), len(items)) if items else None
print("safe average of empty:", safe_average([]))
groups = {"a": [1, 2, 3], "b": [4, 6], "c": []}
for name in ["a", "b"]:
    print(name, average(sum(groups[name]), len(groups[name])))
empty = groups["c"]
print("average of empty:", average(sum(empty), len(empty)) + 1)
