# A singly linked list class implementing the sequence protocols.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for item in reversed(list(items)):
            self.push_front(item)
    def push_front(self, value):
        self.head = Node(value, self.head)
        self._len += 1
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1
    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self._len -= 1
        return node.value
    def __len__(self):
        return self._len
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __getitem__(self, index):
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError("LinkedList index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v
    def __contains__(self, value):
        return any(v == value for v in self)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._len -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in LinkedList")
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
ll = LinkedList([3, 1, 4])
ll.append(1)
ll.append(5)
ll.push_front(9)
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 7 in ll)
ll.reverse()
print(ll, list(ll), sum(ll), sorted(ll))
ll.remove(1)
print(ll, ll.pop_front(), ll)
print(ll == LinkedList([4, 1, 3, 9]), ll == [4, 1, 3, 9])
for bad in [lambda: ll[10], lambda: ll.remove(42), lambda: LinkedList().pop_front()]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
big = LinkedList(range(1000))
big.reverse()
print(big[0], big[999], len(big), [x for x in big][:3])
a, b, *rest = LinkedList("xyz")
print(a, b, rest)
