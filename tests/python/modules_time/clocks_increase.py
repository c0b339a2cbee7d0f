# time(), perf_counter(), monotonic(), process_time() return floats that do not decrease.
import time
for name in ["time", "perf_counter", "monotonic", "process_time"]:
    fn = getattr(time, name)
    a = fn()
    total = 0
    for i in range(20000):
        total += i
    b = fn()
    print(name, type(a).__name__, type(b).__name__, b >= a, a > 0 or name != "time")
ns = time.perf_counter_ns()
ns2 = time.perf_counter_ns()
print(type(ns).__name__, ns2 >= ns)
print(type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__)
print(time.time() > 1_600_000_000)
samples = [time.monotonic() for _ in range(100)]
print(all(b >= a for a, b in zip(samples, samples[1:])), len(samples))
p = [time.perf_counter() for _ in range(100)]
print(all(b >= a for a, b in zip(p, p[1:])), p[-1] - p[0] >= 0)
print(isinstance(time.time(), float), abs(time.time() - time.time_ns() / 1e9) < 60)
print(type(time.monotonic_ns()).__name__, time.monotonic_ns() >= 0)
