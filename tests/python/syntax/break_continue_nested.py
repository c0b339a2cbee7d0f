# break/continue inside nested loops, try/finally, and with.
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_with_finally())
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0])
        return False
for i in range(3):
    with CM(i):
        if i == 0:
            continue
        if i == 1:
            break
print("after loop")
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for value in row:
        if value == 4:
            found = value
            break
    else:
        continue
    break
print("found", found)
i = 0
while i < 10:
    i += 1
    try:
        if i % 2:
            continue
        print("even", i)
    finally:
        if i == 6:
            print("finally before break")
    if i == 6:
        break
print("done", i)
