# A tiny round-robin scheduler for coroutines built on custom awaitables.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield "sleeping"
        return self.ticks
class Scheduler:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        tick = 0
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
                print(f"tick {tick}: {name} suspended")
                self.ready.append((name, coro))
            except StopIteration as stop:
                print(f"tick {tick}: {name} finished -> {stop.value!r}")
                self.results[name] = stop.value
            tick += 1
        return self.results
async def worker(name, delays):
    total = 0
    for d in delays:
        total += await Sleep(d)
    return f"{name} slept {total}"
async def quick():
    return "quick result"
sched = Scheduler()
sched.spawn("A", worker("A", [1, 2]))
sched.spawn("B", worker("B", [3]))
sched.spawn("C", quick())
print(sched.run())
class GenBasedAwaitable:
    def __await__(self):
        return iter(["x", "y"])
async def uses_iter():
    return await GenBasedAwaitable()
c = uses_iter()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("finished with", e.value)
class BadAwait:
    def __await__(self):
        return 42
async def uses_bad():
    await BadAwait()
try:
    uses_bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
