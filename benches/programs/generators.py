# Generator pipelines, closures and builtin iteration helpers.
def numbers(n):
    for i in range(n):
        yield i

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def scaled(factor):
    def f(x):
        return x * factor
    return f

def main():
    total = 0
    triple = scaled(3)
    for _ in range(5):
        total += sum(triple(x) for x in evens(numbers(200_000)))
    print(total)
    print(sum(map(lambda x: x + 1, filter(lambda x: x % 3, range(300_000)))))

main()
