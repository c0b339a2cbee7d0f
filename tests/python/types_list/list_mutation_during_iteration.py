# Mutating a list while iterating over it (defined but surprising behaviour).
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 3, 4, 5, 6]
nums = [n for n in nums if n % 2]
print(nums)
grow = [1]
for x in grow:
    if len(grow) < 5:
        grow.append(x * 2)
print(grow)
lst = [0, 1, 2, 3]
it = iter(lst)
next(it)
lst.insert(0, "new")
print(list(it))
lst = [1, 2, 3]
it = iter(lst)
lst.clear()
print(list(it))
i = 0
items = ["a", "b", "c", "d"]
while i < len(items):
    if items[i] in "bc":
        del items[i]
    else:
        i += 1
print(items)
