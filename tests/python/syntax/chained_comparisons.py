# Chained comparisons evaluate each operand at most once and short-circuit.
print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 > 0)
print(1 == 1.0 == True)
print(1 < 2 > 0)
print(1 <= 1 < 2 != 3)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(5) < v(1) < v(9))
print(calls)
calls.clear()
print(v(1) < v(2) == v(2) < v(0) < v(10))
print(calls)
x = 5
print(0 < x < 10, 0 < x < 3)
print("a" < "b" < "c")
print([1] < [1, 0] < [2])
print(1 in [1, 2] in [[1, 2]])
print(None is None is not False)
print(not 1 < 2)
print((1 < 2) < 3)
print(2 < 3 == True)
try:
    print(1 < "a" < 3)
except TypeError as e:
    print(type(e).__name__, e)
r = 3 < 4 < 2 or 9
print(r)
print(1 < 2 < 3 < 4 < 5 < 6 < 7 < 8)
