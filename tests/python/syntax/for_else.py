# for loops over many iterables, with else/break/continue.
for ch in "abc":
    print(ch, end=" ")
print()
for i in range(3):
    pass
else:
    print("else after full loop, i =", i)
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("stopped at", i)
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
for k in {"x": 1, "y": 2}:
    print("key", k)
for k, v in {"x": 1, "y": 2}.items():
    print("item", k, v)
for idx, (a, b) in enumerate(zip("ab", [10, 20])):
    print(idx, a, b)
total = 0
for n in range(20):
    if n % 3:
        continue
    total += n
print("sum of multiples of 3:", total)
for x in []:
    print("never")
else:
    print("empty loop else")
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print("seen", x)
# loop variable persists after loop
for last in range(5):
    pass
print("last", last)
# assignment target can be attribute or subscript
class Box:
    pass
b = Box()
for b.value in [1, 2]:
    pass
print(b.value)
slots = [0, 0]
for slots[0] in "pq":
    pass
print(slots)
try:
    for x in 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
