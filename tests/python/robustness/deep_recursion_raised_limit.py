# With a raised recursion limit, recursing 50,000 deep works.
import sys
sys.setrecursionlimit(100000)
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(50000))
def sum_list(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)
print(sum_list(list(range(30000))))
def build(n):
    return None if n == 0 else (n, build(n - 1))
chain = build(20000)
count = 0
node = chain
while node is not None:
    count += 1
    node = node[1]
print(count)
def count_nodes(node):
    return 0 if node is None else 1 + count_nodes(node[1])
print(count_nodes(chain))
