# Realistic generator pipeline: parse, filter, group, and summarise log lines.
LOG = """\
INFO start server
WARN disk 85%
INFO request /home 200
ERROR request /admin 500
INFO request /about 200
WARN memory 91%
ERROR db timeout
INFO shutdown"""
def lines(text):
    for line in text.split("\n"):
        yield line
def parse(lines):
    for line in lines:
        level, _, message = line.partition(" ")
        yield {"level": level, "message": message}
def only(levels, records):
    for r in records:
        if r["level"] in levels:
            yield r
def numbered(records, start=1):
    n = start
    for r in records:
        yield n, r
        n += 1
for n, rec in numbered(only({"WARN", "ERROR"}, parse(lines(LOG)))):
    print(n, rec["level"], rec["message"])
def counts(records):
    c = {}
    for r in records:
        c[r["level"]] = c.get(r["level"], 0) + 1
    return c
print(counts(parse(lines(LOG))))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def chunked(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunked("abcdefg", 3)))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total([5, 3, -2, 10])))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
gen = primes()
print([next(gen) for _ in range(15)])
