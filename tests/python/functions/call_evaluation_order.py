# Argument evaluation order: left to right, positional then keywords, callee first.
log = []
def v(name, val=None):
    log.append(name)
    return val if val is not None else name
def target(*args, **kwargs):
    return args, kwargs
def get_target():
    log.append("callee")
    return target
print(get_target()(v("a"), v("b"), k=v("c"), *[v("d")], **{"z": v("e")}))
print(log)
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
lst = [v("x"), v("y")][v("i", 0)]
print(lst, log)
log.clear()
v("left", 1) + v("right", 2)
print(log)
log.clear()
x = v("rhs")
obj_list = [0]
def idx():
    log.append("index")
    return 0
def container():
    log.append("container")
    return obj_list
container()[idx()] = v("value")
print(log)
log.clear()
print(v("a", 1) if v("cond", True) else v("b", 2), log)
