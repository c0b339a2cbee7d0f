# match statement: or-patterns, as-patterns, guards, and value (dotted) patterns.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
def paint(c):
    match c:
        case Color.RED | Color.GREEN as warmish:
            return "warmish " + warmish
        case Color.BLUE:
            return "blue"
        case str(other) if other.startswith("#"):
            return "hex " + other
        case _:
            return "unknown"
for c in ["red", "green", "blue", "#fff", "mauve"]:
    print(paint(c))
def grade(score):
    match score:
        case int(s) | float(s) if s >= 90:
            return "A"
        case int(s) | float(s) if s >= 80:
            return "B"
        case int() | float():
            return "C"
        case _:
            return "?"
print([grade(v) for v in [95, 85.5, 10, "x"]])
def pairs(v):
    match v:
        case (1, _) | (_, 1) as p:
            return f"has a one: {p}"
        case ([x, y] | (x, y)) as whole if x == y:
            return f"equal pair {whole}"
        case [(1 | 2) as small, *_]:
            return f"starts small {small}"
    return "no"
for v in [(1, 5), (5, 1), [3, 3], (4, 4), [2, 9, 9], [7, 8]]:
    print(pairs(v))
guard_calls = []
def check(x):
    guard_calls.append(x)
    return x > 1
match [1, 2, 3]:
    case [a, *_] if check(a):
        print("first")
    case [_, b, *_] if check(b):
        print("second, b =", b)
print(guard_calls)
match 42:
    case (0 | 42) as answer:
        print("answer", answer)
