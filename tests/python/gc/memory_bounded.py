# cyclic garbage made in a loop is reclaimed by automatic collections: the number of tracked
# objects stays bounded
import gc

gc.enable()
base = len(gc.get_objects())
peak = 0
for i in range(1000000):
    a = []
    a.append(a)
    if i % 100000 == 0:
        peak = max(peak, len(gc.get_objects()) - base)
print("bounded", peak < 20000)


class Node:
    pass


for i in range(200000):
    x = Node()
    y = Node()
    x.y = y
    y.x = x
del x, y
gc.collect()
print("instances reclaimed", len(gc.get_objects()) - base < 1000)
print(gc.isenabled())
