# A hand-written JSON encoder with pretty printing (the parser lives in json_parser.py).
def encode_string(s):
    out = ['"']
    escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}
    for ch in s:
        if ch in escapes:
            out.append(escapes[ch])
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
def dumps(obj, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if isinstance(obj, float) and obj != obj:
            raise ValueError("NaN is not valid JSON")
        return repr(obj)
    if isinstance(obj, str):
        return encode_string(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, level + 1) for v in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + encode_string(k) + ": " + dumps(v, indent, level + 1))
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")
doc = {"name": "rpy", "version": [0, 1, 2], "stable": False, "ratio": 0.75, "nested": {"empty_list": [], "empty": {},
       "text": "line\n\"quoted\"\ttab é"}, "nothing": None, "big": 10 ** 20, "neg": -1.5e-7}
compact = dumps(doc)
print(compact)
print(dumps(doc, indent=2))
print(dumps([[], [[]], {"a": []}], indent=1))
print(dumps("control \x01 char"), dumps(("tuple", "as", "list")), dumps(True), dumps(None))
for bad in [{1: "x"}, {"s": {1, 2}}, [float("nan")]]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
