# while loops with else, break and continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("loop finished normally, i =", i)
n = 0
while True:
    n += 1
    if n > 3:
        break
print("broke at", n)
def find(seq, target):
    idx = 0
    while idx < len(seq):
        if seq[idx] == target:
            print("found", target, "at", idx)
            break
        idx += 1
    else:
        print(target, "not found")
find([4, 5, 6], 5)
find([4, 5, 6], 7)
find([], 1)
count = 0
while count < 0:
    print("never")
else:
    print("else runs when condition is false initially")
# nested while with break only leaving inner loop
outer = 0
while outer < 3:
    inner = 0
    while True:
        inner += 1
        if inner == 2:
            break
    print("outer", outer, "inner", inner)
    outer += 1
# collatz
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
items = [1, 2, 3]
while items:
    print("pop", items.pop())
