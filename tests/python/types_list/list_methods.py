# list methods: append, extend, insert, remove, pop, index, count, reverse, copy, clear.
lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.extend(range(2))
lst.extend("ab")
print(lst)
lst.insert(0, "first")
lst.insert(-1, "before-last")
lst.insert(100, "end")
lst.insert(-100, "start")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(1), lst.index(5), lst.count(1), lst.count("zz"))
print(lst.index(1, 3), lst.index("a", -3))
lst.reverse()
print(lst)
c = lst.copy()
c.append("copy only")
print(len(lst), len(c), c is lst)
lst.clear()
print(lst, c[-1])
nums = [5, 2, 8, 1]
print(nums.sort(), nums, nums.reverse(), nums)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
            lambda: [1, 2].index(2, 0, 1), lambda: [].insert(0), lambda: [].extend(5),
            lambda: [].append(1, 2), lambda: [1].pop("0"), lambda: [].sort(1)]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
