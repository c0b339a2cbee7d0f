# async for with __aiter__/__anext__ and async generators, driven manually.
class Tick:
    def __await__(self):
        yield "tick"
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await Tick()
        self.n -= 1
        return self.n + 1
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * i
async def main():
    out = []
    async for v in Countdown(3):
        out.append(v)
    async for v in agen(4):
        out.append(v)
    async for v in agen(10):
        if v > 10:
            break
        out.append(-v)
    else:
        out.append("no else after break")
    async for v in Countdown(0):
        out.append("never")
    else:
        out.append("else ran")
    return out
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return ticks, e.value
print(run(main()))
g = agen(2)
print(type(g).__name__, g.__name__)
async def bad_async_for():
    async for x in [1, 2]:
        pass
c = bad_async_for()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadANext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def uses_bad():
    async for x in BadANext():
        pass
try:
    uses_bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def manual_anext():
    it = agen(3).__aiter__()
    a = await it.__anext__()
    b = await anext(it)
    c = await anext(it)
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "exhausted"
    return a, b, c, d
print(run(manual_anext()))
async def anext_default():
    it = agen(0)
    return await anext(it, "default value")
print(run(anext_default()))
