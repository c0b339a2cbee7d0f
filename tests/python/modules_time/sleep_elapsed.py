# time.sleep() blocks for at least the requested duration (elapsed compared, not printed).
import time
start = time.monotonic()
pstart = time.perf_counter()
time.sleep(0.05)
elapsed = time.monotonic() - start
pelapsed = time.perf_counter() - pstart
print("slept at least 0.04s:", elapsed >= 0.04, pelapsed >= 0.04)
print("not absurdly long:", elapsed < 30)
print(time.sleep(0) is None)
for bad in [-1, "1", None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start
result, dt = timed(time.sleep, 0.01)
print(result, dt >= 0.005)
total, dt = timed(sum, range(100000))
print(total, dt >= 0)
deadline = time.monotonic() + 0.02
spins = 0
while time.monotonic() < deadline:
    spins += 1
print("busy-wait finished:", spins > 0)
time.sleep(0.001)
print("short sleep ok")
