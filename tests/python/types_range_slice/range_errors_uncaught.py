# A range index error escaping the program.
r = range(5)
print(r[4], r[-5])
try:
    r[-6]
except IndexError as e:
    print(type(e).__name__, e)
steps = range(0, 100, 25)
print(list(steps), steps[3])
print(len(steps), steps.index(50), 75 in steps, 80 in steps)
print(steps.start, steps.stop, steps.step, steps.count(25))
print(steps[-1], steps[-4], steps[1:3], list(steps[::-1]))
for i in range(len(steps)):
    print("step", i, steps[i])
try:
    steps.index(60)
except ValueError as e:
    print(type(e).__name__, e)
print("indexing one past the end, uncaught")
print(steps[4])
