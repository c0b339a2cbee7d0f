# Async generator asend/athrow/aclose driven manually without an event loop.
class Pause:
    def __await__(self):
        yield "pause"
async def agen():
    try:
        received = yield "first"
        print("agen received", received)
        await Pause()
        received = yield "second"
        print("agen received", received)
    except ValueError as e:
        print("agen caught", e)
        yield "after ValueError"
    finally:
        print("agen finally")
def run(aw):
    pauses = 0
    while True:
        try:
            aw.send(None)
            pauses += 1
        except StopIteration as e:
            return e.value, pauses
        except StopAsyncIteration:
            return "StopAsyncIteration", pauses
g = agen()
print(run(g.asend(None)))
print(run(g.asend("hello")))
print(run(g.athrow(ValueError("thrown"))))
print(run(g.aclose()))
g2 = agen()
print(run(g2.__anext__()))
print(run(g2.aclose()))
print(run(g2.asend(None)))
async def simple():
    yield 1
    yield 2
async def collect():
    return [x async for x in simple()]
print(run(collect()))
print(type(simple()).__name__)
