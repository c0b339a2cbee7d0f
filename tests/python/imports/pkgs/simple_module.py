"""A simple helper module."""
print("executing simple_module, __name__ =", __name__)
CONSTANT = 42
_private = "hidden"
def double(x):
    return x * 2
def where():
    return __name__
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return self.n
if __name__ == "__main__":
    print("this never runs on import")
