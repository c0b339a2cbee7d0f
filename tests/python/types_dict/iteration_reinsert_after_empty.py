# A key deleted and re-inserted while iterating is a change of keys, even when the dict was
# empty in between.

d = {0: 0}
try:
    for i in d:
        del d[0]
        d[0] = 0
except RuntimeError as e:
    print("keys:", e)
