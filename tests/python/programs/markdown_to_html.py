# A small Markdown-to-HTML converter: headings, paragraphs, lists, emphasis, code, links.
def inline(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("**", i):
            end = text.find("**", i + 2)
            if end != -1:
                out.append("<strong>" + inline(text[i + 2:end]) + "</strong>")
                i = end + 2
                continue
        if text[i] == "*":
            end = text.find("*", i + 1)
            if end != -1:
                out.append("<em>" + inline(text[i + 1:end]) + "</em>")
                i = end + 1
                continue
        if text[i] == "`":
            end = text.find("`", i + 1)
            if end != -1:
                out.append("<code>" + escape(text[i + 1:end]) + "</code>")
                i = end + 1
                continue
        if text[i] == "[":
            close = text.find("](", i)
            end = text.find(")", close + 2) if close != -1 else -1
            if close != -1 and end != -1:
                out.append(f'<a href="{text[close + 2:end]}">{inline(text[i + 1:close])}</a>')
                i = end + 1
                continue
        out.append(escape(text[i]))
        i += 1
    return "".join(out)
def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def convert(md):
    html, para, list_kind = [], [], None
    def flush_para():
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
    def close_list():
        nonlocal list_kind
        if list_kind:
            html.append(f"</{list_kind}>")
            list_kind = None
    lines = md.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("```"):
            flush_para(); close_list()
            code = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                code.append(escape(lines[i]))
                i += 1
            html.append("<pre><code>" + "\n".join(code) + "</code></pre>")
        elif stripped.startswith("#"):
            flush_para(); close_list()
            level = len(stripped) - len(stripped.lstrip("#"))
            html.append(f"<h{level}>{inline(stripped[level:].strip())}</h{level}>")
        elif stripped[:2] in ("- ", "* ") or (stripped[:1].isdigit() and ". " in stripped[:4]):
            flush_para()
            kind = "ul" if stripped[:2] in ("- ", "* ") else "ol"
            if list_kind != kind:
                close_list()
                html.append(f"<{kind}>")
                list_kind = kind
            body = stripped[2:] if kind == "ul" else stripped.split(". ", 1)[1]
            html.append(f"  <li>{inline(body)}</li>")
        elif not stripped:
            flush_para(); close_list()
        else:
            close_list()
            para.append(stripped)
        i += 1
    flush_para(); close_list()
    return "\n".join(html)
DOC = """# Project *rpy*
A **fast** Python VM written in `Rust`.
It aims to be compatible & correct.

## Features
- runs *most* programs
- has **bold *nested* emphasis**
- see [the docs](https://example.com/docs)

1. build it
2. test it with `cargo test`

```
if a < b:
    print("x & y")
```
Trailing paragraph with a lone * star and [broken link.
"""
print(convert(DOC))
