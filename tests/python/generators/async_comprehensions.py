# Async comprehensions and await inside comprehensions, driven manually.
class Yield:
    def __await__(self):
        yield None
async def agen(n):
    for i in range(n):
        await Yield()
        yield i
async def double(x):
    await Yield()
    return x * 2
async def main():
    a = [x async for x in agen(5)]
    b = [x async for x in agen(10) if x % 3 == 0]
    c = {x: x * x async for x in agen(4)}
    d = {x % 2 async for x in agen(6)}
    e = [await double(x) for x in range(4)]
    f = [await double(x) async for x in agen(3)]
    g = [(i, j) async for i in agen(3) for j in range(i)]
    gen = (x * 10 async for x in agen(3))
    h = [v async for v in gen]
    return a, b, c, d, e, f, g, h
def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return steps, e.value
steps, results = run(main())
print("steps:", steps)
for r in results:
    print(r)
async def awaitables_in_genexp():
    ge = (await double(x) for x in range(3))
    print(type(ge).__name__)
    return [v async for v in ge]
print(run(awaitables_in_genexp()))
