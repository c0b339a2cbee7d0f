# A binary search tree with insert, delete, search, traversals and height.
class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key, val=None):
        def _ins(node):
            if node is None:
                self.size += 1
                return BST._Node(key, val)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            else:
                node.val = val
            return node
        self.root = _ins(self.root)
    def get(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)
    def delete(self, key):
        def _del(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = _del(node.left, key)
            elif key > node.key:
                node.right = _del(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = _del(node.right, succ.key)
            return node
        self.root = _del(self.root, key)
        self.size -= 1
    def inorder(self):
        def _walk(node):
            if node:
                yield from _walk(node.left)
                yield node.key
                yield from _walk(node.right)
        return list(_walk(self.root))
    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out
    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node.left), h(node.right))
        return h(self.root)
    def __len__(self):
        return self.size
    def __contains__(self, key):
        try:
            self.get(key)
            return True
        except KeyError:
            return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, str(k))
print(t.inorder(), len(t), t.height())
print(t.levels())
print(t.get(45), 35 in t, 36 in t)
t.delete(30)
print(t.inorder(), t.levels())
t.delete(50)
print(t.inorder(), t.levels(), len(t))
t.insert(60, "replaced")
print(t.get(60), len(t))
for bad in [lambda: t.get(99), lambda: t.delete(99)]:
    try:
        bad()
    except KeyError as e:
        print(type(e).__name__, e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), words.height())
degenerate = BST()
for i in range(200):
    degenerate.insert(i)
print(degenerate.height(), len(degenerate))
