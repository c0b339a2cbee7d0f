# A binary min-heap priority queue with stable ordering, used to schedule tasks.
class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._counter = 0
    def __len__(self):
        return len(self._heap)
    def push(self, priority, item):
        entry = (priority, self._counter, item)
        self._counter += 1
        heap = self._heap
        heap.append(entry)
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if heap[i] < heap[parent]:
                heap[i], heap[parent] = heap[parent], heap[i]
                i = parent
            else:
                break
    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty priority queue")
        heap = self._heap
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i = 0
            n = len(heap)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                smallest = i
                if l < n and heap[l] < heap[smallest]:
                    smallest = l
                if r < n and heap[r] < heap[smallest]:
                    smallest = r
                if smallest == i:
                    break
                heap[i], heap[smallest] = heap[smallest], heap[i]
                i = smallest
        return top[0], top[2]
    def peek(self):
        return self._heap[0][0], self._heap[0][2]
pq = PriorityQueue()
tasks = [(3, "write report"), (1, "fix outage"), (2, "review PR"), (1, "call customer"), (5, "lunch"), (2, "deploy")]
for prio, name in tasks:
    pq.push(prio, name)
print(len(pq), pq.peek())
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print(type(e).__name__, e)
data = [(x * 7919) % 101 for x in range(50)]
for x in data:
    pq.push(x, x)
out = [pq.pop()[0] for _ in range(len(pq))]
print(out == sorted(data), out[:10])
def simulate(jobs, workers):
    """Jobs are (arrival, duration). Returns completion times using a min-heap of free times."""
    free = PriorityQueue()
    for w in range(workers):
        free.push(0, w)
    finished = []
    for arrival, duration in jobs:
        t, w = free.pop()
        start = max(t, arrival)
        end = start + duration
        finished.append((w, start, end))
        free.push(end, w)
    return finished
for w, start, end in simulate([(0, 5), (1, 3), (2, 8), (3, 2), (4, 4), (10, 1)], 2):
    print(f"worker {w}: {start:>2} -> {end:>2}")
