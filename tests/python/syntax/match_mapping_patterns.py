# match statement: mapping patterns with **rest.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": "scroll", "delta": int(d)} if d < 0:
            return "scroll up"
        case {"type": "scroll"}:
            return "scroll other"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": (3, 4), "button": 1},
    {"type": "key", "key": "a", "mods": ["ctrl"], "repeat": False},
    {"type": "key", "key": 5},
    {"type": "scroll", "delta": -3},
    {"type": "scroll", "delta": 3},
    {"other": 1},
    [1, 2],
    "string",
]
for e in events:
    print(handle(e))
class MyMap(dict):
    pass
match MyMap(a=1, b=2):
    case {"a": 1, **others}:
        print("MyMap matched, others =", others)
match {1: "int key", "s": "str key"}:
    case {1: v1, "s": v2}:
        print(v1, "/", v2)
match {"k": None}:
    case {"k": None}:
        print("None value matched")
match {}:
    case {"missing": _}:
        print("no")
    case {**empty}:
        print("empty rest", empty)
