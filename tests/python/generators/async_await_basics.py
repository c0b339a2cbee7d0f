# async def / await driven manually with coro.send(None) (no event loop).
class Suspend:
    """Awaitable that suspends once, yielding a message to the driver."""
    def __init__(self, msg):
        self.msg = msg
    def __await__(self):
        reply = yield self.msg
        return f"resumed({reply})"
async def leaf(n):
    r = await Suspend(f"leaf {n} suspends")
    return n * 10, r
async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]
def run(coro):
    """Drive a coroutine to completion, answering each suspension."""
    step = 0
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as stop:
            return stop.value
        print("driver saw:", yielded)
        step += 1
        value = step
print(run(middle()))
async def no_await():
    return "immediate"
c = no_await()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)
async def simple():
    return 1
co = simple()
print(co.cr_running, co.__name__, co.__qualname__)
co.close()
try:
    co.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
done = simple()
try:
    done.send(None)
except StopIteration:
    pass
try:
    done.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
pending = simple()
try:
    iter(pending)
except TypeError as e:
    print(type(e).__name__, e)
pending.close()
try:
    iter(Suspend("x"))
except TypeError as e:
    print(type(e).__name__, e)
async def awaits_int():
    await 5
c = awaits_int()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def await_coroutine_twice():
    inner = simple()
    await inner
    await inner
c = await_coroutine_twice()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
