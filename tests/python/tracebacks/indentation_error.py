# rpy: full-stderr
# IndentationError: expected an indented block after an if statement.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive"
def broken(x):
    if x:
    return 1
    return 0
for value in [-1, 0, 1]:
    print(value, classify(value))
print(broken(1))
class Holder:
    def __init__(self, v):
        self.v = v
print(Holder(3).v)
print("never printed")
