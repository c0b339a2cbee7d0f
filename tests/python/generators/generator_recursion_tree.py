# Recursive generators for tree traversal and combinatorics.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
def inorder(node):
    if node:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)
def preorder(node):
    if node:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)
def depth_first_with_depth(node, depth=0):
    if node:
        yield depth, node.value
        yield from depth_first_with_depth(node.left, depth + 1)
        yield from depth_first_with_depth(node.right, depth + 1)
tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print(list(inorder(tree)))
print(list(preorder(tree)))
for depth, v in depth_first_with_depth(tree):
    print("  " * depth + str(v))
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(["".join(p) for p in permutations("abc")])
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield [items[i]] + rest
print(list(combinations([1, 2, 3, 4], 2)))
def partitions(n, maximum=None):
    if maximum is None:
        maximum = n
    if n == 0:
        yield []
        return
    for k in range(min(n, maximum), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest
print(list(partitions(5)))
print(sum(1 for _ in partitions(15)))
