# Coroutines and async generators driven by hand with send()/close(): awaiting custom
# awaitables, async for/with/comprehensions, and the errors for next() on a coroutine and
# awaiting non-awaitables.
class Awaitable:
    def __await__(self):
        x = yield "suspend"
        return x * 2
async def inner():
    v = await Awaitable()
    return v + 1
async def outer():
    r = await inner()
    return r
c = outer()
print(type(c).__name__, c.send(None))
try:
    c.send(10)
except StopIteration as e:
    print("result", e.value)
async def agen():
    for i in range(3):
        yield i
    
async def consume():
    out = []
    async for x in agen():
        out.append(x)
    return out
c = consume()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def comp():
    return [x async for x in agen()], {x: 1 async for x in agen()}
c = comp()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
class ACM:
    async def __aenter__(self): print("enter"); return self
    async def __aexit__(self, *a): print("exit", a[0]); return True
async def use():
    async with ACM() as m:
        raise ValueError("x")
    return "done"
c = use()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def f(): pass
c = f()
print(c.__name__, c.__qualname__, c.cr_running, c.cr_frame is not None)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def g(): return 1
c = g()
try:
    next(c)
except TypeError as e:
    print(e)
c.close()
def gen():
    yield 1
try:
    async def bad():
        await gen()
    bad().send(None)
except TypeError as e:
    print(e)
ag = agen()
print(type(ag).__name__, ag.__aiter__() is ag)
an = ag.__anext__()
try:
    an.send(None)
except StopIteration as e:
    print("anext", e.value)
async def aw():
    return await 5
try:
    aw().send(None)
except TypeError as e:
    print(e)
import sys
async def nested():
    try:
        await Awaitable()
    finally:
        print("cleanup")
c = nested()
c.send(None)
c.close()
print(sys.getrecursionlimit() > 0)
