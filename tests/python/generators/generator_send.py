# Generator send(): coroutine-style running averages and echo.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
print(avg.send(None))
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))
def echo():
    received = None
    while True:
        received = yield f"echo: {received}"
        if received == "stop":
            return "stopped cleanly"
e = echo()
print(next(e))
print(e.send("a"))
print(e.send(123))
try:
    e.send("stop")
except StopIteration as stop:
    print("return value:", stop.value)
fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print(type(err).__name__, err)
def accumulate():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            break
        items.append(item)
    yield items
acc = accumulate()
next(acc)
for word in ["x", "y", "z"]:
    print("count", acc.send(word))
print(acc.send(None))
def genstate():
    yield 1
g = genstate()
print(g.gi_running)
g.send(None)
print(list(g))
