# Timing code with perf_counter the way benchmarks do (durations are never printed).
import time
def work(n):
    return sum(i * i for i in range(n))
durations = []
for n in [1000, 10000, 100000]:
    t0 = time.perf_counter()
    result = work(n)
    dt = time.perf_counter() - t0
    durations.append(dt)
    print(n, result, dt >= 0.0, isinstance(dt, float))
print(all(d >= 0 for d in durations), len(durations))
cpu0 = time.process_time()
work(200000)
cpu1 = time.process_time()
print("process time advanced or equal:", cpu1 >= cpu0)
class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self
    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False
with Timer() as t:
    work(50000)
print("timer measured:", t.elapsed >= 0)
