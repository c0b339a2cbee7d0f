# rpy: full-stderr
# Carets under a failing call nested in a larger expression.
def half(n):
    if n % 2:
        raise ValueError(f"{n} is odd")
    return n // 2
def quarter(n):
    return half(half(n))
print(half(10), quarter(20))
numbers = [4, 8, 12]
print(sum(half(n) for n in numbers))
try:
    quarter(6)
except ValueError as e:
    print("caught:", e)
results = {n: half(n) for n in range(0, 10, 2)}
print(results)
numbers = [4, 8, 7]
print("combining halves")
result = half(numbers[0]) + half(numbers[1]) + half(numbers[2])
print(result)
