# gc.callbacks are called with "start"/"stop" and an info dict; DEBUG_SAVEALL keeps the
# garbage in gc.garbage instead of freeing it
import gc

gc.disable()
gc.collect()
events = []


def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))


gc.callbacks.append(cb)
a = []
a.append(a)
del a
print(gc.collect())
print(events)
events.clear()
gc.collect(1)
print(events)
gc.callbacks.remove(cb)

gc.set_debug(gc.DEBUG_SAVEALL)
b = [1]
b.append(b)
del b
print(gc.collect())
print(len(gc.garbage), gc.garbage[0][0], gc.garbage[0][1] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())


def bad(phase, info):
    raise RuntimeError("callback failed " + phase)


gc.callbacks.append(bad)
print(gc.collect())
gc.callbacks.clear()
print("done")
