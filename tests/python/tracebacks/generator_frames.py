# rpy: full-stderr
# A traceback through a generator consumed by a for loop.
def read_records(lines):
    for line in lines:
        if not line.strip():
            continue
        name, value = line.split("=")
        yield name.strip(), int(value)
def summarize(lines):
    total = 0
    for name, value in read_records(lines):
        total += value
    return total
print(summarize(["a=1", "b=2"]))
print(summarize(["x = 10", "", "y = 20"]))
print(list(read_records(["k=5"])))
gen = read_records(["p=1", "q=oops"])
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print("caught:", e)
print(summarize(["a=1", "b=2=3"]))
