# Classic sorting algorithms implemented by hand and checked against sorted().
def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def quick_sort(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    return quick_sort([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick_sort([x for x in a if x > pivot])
def heap_sort(a):
    a = list(a)
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range(n // 2 - 1, -1, -1):
        sift(start, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
def counting_sort(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]
def shell_sort(a):
    a = list(a)
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            tmp, j = a[i], i
            while j >= gap and a[j - gap] > tmp:
                a[j] = a[j - gap]
                j -= gap
            a[j] = tmp
        gap //= 2
    return a
seed = 12345
def lcg():
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed
datasets = {
    "empty": [], "single": [1], "sorted": list(range(10)), "reversed": list(range(10, 0, -1)),
    "dupes": [3, 1, 3, 1, 2, 2, 3], "negatives": [-5, 3, -1, 0, 2, -5],
    "pseudo-random": [lcg() % 1000 for _ in range(300)],
}
algorithms = [insertion_sort, merge_sort, quick_sort, heap_sort, counting_sort, shell_sort]
for name, data in datasets.items():
    expected = sorted(data)
    results = {alg.__name__: alg(data) == expected for alg in algorithms}
    print(f"{name:<14}", all(results.values()), expected[:8])
words = ["pear", "Apple", "fig", "banana", "apple"]
print(merge_sort(words), quick_sort(words), heap_sort([(2, "b"), (1, "z"), (2, "a")]))
print(insertion_sort("sorting"), "".join(shell_sort("algorithm")))
