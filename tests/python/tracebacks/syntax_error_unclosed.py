# rpy: full-stderr
# A SyntaxError for an unclosed bracket: the program never runs.
print("this line is never executed")
def mean(values):
    return sum(values) / len(values)
def median(values):
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2
samples = {
    "a": [1, 2, 3],
    "b": [4, 5, 6, 7],
}
for name, vals in samples.items():
    print(name, mean(vals), median(vals))
values = [1, 2, 3
total = sum(values)
print(total)
