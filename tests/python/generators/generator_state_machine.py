# A generator used as a state machine: a line-based protocol parser fed with send().
def parser():
    """Receives lines; yields completed messages (header dict + body)."""
    message = None
    while True:
        headers = {}
        line = yield message
        message = None
        while line:
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
            line = yield None
        length = int(headers.get("content-length", "0"))
        body = []
        while length > 0:
            chunk = yield None
            body.append(chunk)
            length -= len(chunk)
        message = (headers, "".join(body))
p = parser()
next(p)
stream = [
    "Content-Length: 5", "Type: greeting", "", "hel", "lo",
    "Content-Length: 0", "",
    "X: 1", "content-length: 3", "", "abc",
]
for line in stream:
    out = p.send(line)
    if out is not None:
        print("message:", out)
def traffic_light():
    while True:
        for state, duration in (("green", 3), ("yellow", 1), ("red", 2)):
            for remaining in range(duration, 0, -1):
                yield f"{state}({remaining})"
light = traffic_light()
print(" ".join(next(light) for _ in range(10)))
def tokenizer(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ("NUM", int(text[i:j]))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            yield ("NAME", text[i:j])
            i = j
        else:
            yield ("OP", ch)
            i += 1
print(list(tokenizer("x1 = 42 + y*(7-z)")))
