# match statement: sequence patterns with star, nesting, and type checks.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x},{y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in middle)"
        case [0, *rest]:
            return f"starts with 0, rest={rest}"
        case [_, _, *_]:
            return "three or more"
    return "no match"
for v in [[], [1], (1, 2), [1, 2, 3, 4, 5, 6], [0, 9, 9], [1, 2, 3], "ab", b"ab", {1: 2}, range(2), 5]:
    print(repr(v), "->", seq(v))
def nested(v):
    match v:
        case [(a, b), [c, *d]]:
            return a, b, c, d
        case ((1, x), y):
            return "tuple", x, y
    return None
print(nested([(1, 2), [3, 4, 5]]))
print(nested([(1, 2), [3]]))
print(nested(((1, 2), 3)))
def cmd(command):
    match command.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["drop", *items]:
            return "dropping " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown: " + command
for c in ["go north", "pick up lamp", "take key", "drop a b c", "quit", "exit", "dance wildly"]:
    print(cmd(c))
match (1, 2, 3):
    case (1, *others):
        print("others", others, type(others).__name__)
