# async with: __aenter__/__aexit__, exception suppression, driven manually.
class Step:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield self.label
class AsyncResource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Step(f"opening {self.name}")
        print("entered", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await Step(f"closing {self.name}")
        print("exited", self.name, et.__name__ if et else None)
        return self.suppress
async def main():
    async with AsyncResource("db") as handle:
        print("using", handle)
    async with AsyncResource("a") as a, AsyncResource("b") as b:
        print("both", a, b)
    async with AsyncResource("quiet", suppress=True):
        raise ValueError("suppressed")
    try:
        async with AsyncResource("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    return "main done"
def run(coro):
    while True:
        try:
            label = coro.send(None)
            print("  [driver]", label)
        except StopIteration as e:
            return e.value
print(run(main()))
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def wrong():
    async with SyncOnly():
        pass
try:
    wrong().send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAenter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass
async def wrong2():
    async with BadAenter():
        pass
try:
    wrong2().send(None)
except TypeError as e:
    print(type(e).__name__, e)
