# Graph algorithms: Dijkstra (hand-made heap), topological sort, connected components, cycle detection.
def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2
def heap_pop(h):
    top, last = h[0], h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            c = min((j for j in (2 * i + 1, 2 * i + 2) if j < len(h)), key=lambda j: h[j], default=None)
            if c is None or h[i] <= h[c]:
                break
            h[i], h[c] = h[c], h[i]
            i = c
    return top
def dijkstra(graph, src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    while heap:
        d, u = heap_pop(heap)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                heap_push(heap, (nd, v))
    return dist, prev
def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
roads = {
    "A": [("B", 7), ("C", 9), ("F", 14)], "B": [("A", 7), ("C", 10), ("D", 15)],
    "C": [("A", 9), ("B", 10), ("D", 11), ("F", 2)], "D": [("B", 15), ("C", 11), ("E", 6)],
    "E": [("D", 6), ("F", 9)], "F": [("A", 14), ("C", 2), ("E", 9)], "G": [],
}
dist, prev = dijkstra(roads, "A")
for node in sorted(dist):
    print(node, dist[node], "->".join(path(prev, node)))
print("G reachable:", "G" in dist)
def toposort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
    users = {}
    for n, ds in deps.items():
        for d in ds:
            users.setdefault(d, []).append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users.get(n, [])):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
        ready.sort()
    if len(order) != len(indeg):
        raise ValueError("dependency cycle among: " + ", ".join(sorted(n for n, k in indeg.items() if k > 0)))
    return order
build = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "tests": ["app"], "core": []}
print(toposort(build))
try:
    toposort({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
except ValueError as e:
    print(type(e).__name__, e)
def components(edges, nodes):
    parent = {n: n for n in nodes}
    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in edges:
        parent[find(a)] = find(b)
    groups = {}
    for n in nodes:
        groups.setdefault(find(n), []).append(n)
    return sorted(sorted(g) for g in groups.values())
print(components([(1, 2), (2, 3), (4, 5), (6, 6)], range(1, 8)))
