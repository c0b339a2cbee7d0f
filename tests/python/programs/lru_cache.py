# An LRU cache built on dict insertion order, plus a memoizing decorator using it.
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            print(f"  evict {oldest!r}")
        self.data[key] = value
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"
c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c)
print(c.get("a"), c)
c.put("d", "D")
print(c, c.get("b"), c.get("b", "gone"))
c.put("c", "C2")
c.put("e", "E")
print(c, len(c), c.hits, c.misses)
def lru_memo(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        sentinel = object()
        def wrapper(*args):
            result = cache.get(args, sentinel)
            if result is sentinel:
                result = fn(*args)
                cache.put(args, result)
            return result
        wrapper.cache = cache
        return wrapper
    return deco
@lru_memo(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache.hits, fib.cache.misses, len(fib.cache))
@lru_memo(2)
def square(n):
    print(f"  computing {n}^2")
    return n * n
print([square(x) for x in [1, 2, 1, 3, 1, 2]])
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)
