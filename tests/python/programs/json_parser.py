# A recursive-descent JSON parser written by hand, with error reporting.
class JSONError(Exception):
    pass
def loads(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
    def value():
        nonlocal pos
        ws()
        if pos >= len(text):
            raise JSONError("unexpected end of input")
        c = text[pos]
        if c == "{":
            pos += 1
            result = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                ws()
                key = string()
                ws()
                expect(":")
                result[key] = value()
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                expect("}")
                return result
        if c == "[":
            pos += 1
            result = []
            ws()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                expect("]")
                return result
        if c == '"':
            return string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        if not num:
            raise JSONError(f"unexpected character {c!r} at position {pos}")
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    def expect(ch):
        nonlocal pos
        if pos >= len(text) or text[pos] != ch:
            raise JSONError(f"expected {ch!r} at position {pos}")
        pos += 1
    def string():
        nonlocal pos
        expect('"')
        out = []
        simple = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/", "r": "\r", "b": "\b", "f": "\f"}
        while text[pos] != '"':
            if text[pos] == "\\":
                pos += 1
                if text[pos] == "u":
                    out.append(chr(int(text[pos + 1:pos + 5], 16)))
                    pos += 5
                    continue
                out.append(simple[text[pos]])
            else:
                out.append(text[pos])
            pos += 1
        pos += 1
        return "".join(out)
    result = value()
    ws()
    if pos != len(text):
        raise JSONError(f"trailing data at position {pos}")
    return result
print(loads('{"name": "rpy", "version": [0, 1, 2], "stable": false, "ratio": 0.75, "nothing": null}'))
print(loads('  [1, -2.5e3, "a\\u0041", {"k": [true, null]}]  '))
print(loads('"escapes: \\n \\t \\" \\\\ \\/"'))
print(loads('{"nested": {"deeper": {"deepest": [[], {}]}}}'))
print(loads("0"), loads("-12"), loads("3.5e2"), loads("[]"), loads("{}"))
text = '{"a": [1, 2, {"b": "c"}], "d": "e"}'
value = loads(text)
print(value["a"][2]["b"], len(value), list(value))
for bad in ['{"a": 1', "[1, 2,]", '{"a" 1}', "tru", "[1] x", "", '{"k": }']:
    try:
        print(loads(bad))
    except (JSONError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
