# Tokenizer and parser error messages: unterminated strings, leading zeros, missing colons,
# assignment to yield, with their positions.
for s in srcs:
    try:
        compile(s, "<test>", "exec"); print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), "|", e.msg, "|", e.lineno, e.offset)
