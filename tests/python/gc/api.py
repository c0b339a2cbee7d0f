# the gc module's interface: flags, thresholds, counts, statistics, introspection
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(type(gc.get_count()), len(gc.get_count()))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
print(gc.garbage, gc.callbacks)

for src in [
    "gc.collect(3)",
    "gc.collect(-1)",
    "gc.collect('a')",
    "gc.collect(1, 2)",
    "gc.collect(gen=1)",
    "gc.set_threshold()",
    "gc.set_threshold(1, 2, 3, 4)",
    "gc.set_threshold(1.5)",
    "gc.get_objects(3)",
    "gc.get_objects(-2)",
    "gc.is_tracked()",
    "gc.is_tracked(1, 2)",
    "gc.set_debug()",
    "gc.enable(1)",
    "gc.get_count(x=1)",
    "gc.get_referents(x=1)",
]:
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)

print(gc.collect(generation=0) >= 0, gc.collect(1) >= 0, gc.collect() >= 0)


class A:
    pass


print("tracked", [gc.is_tracked(o) for o in [1, 1.5, "s", None, True, [], A(), (), (1, 2), ([],), {}, {1: 2}, {1: []}, set(), gc, len, A]])

l = ["y", "x", []]
print(gc.get_referents(l))
print(gc.get_referents(1, "s"))
inner = []
outer = [inner]
holder = {"k": inner}
refs = gc.get_referrers(inner)
print(any(r is outer for r in refs), any(r is holder for r in refs))
print(any(o is outer for o in gc.get_objects()))

gc.collect()
gc.freeze()
print(gc.get_freeze_count() > 0)
print(any(o is outer for o in gc.get_objects()))
gc.unfreeze()
print(gc.get_freeze_count())
print(any(o is outer for o in gc.get_objects()))
