# 'expected ':'' only where the parser stops at the end of a compound statement's header
srcs = ["for i in range(3) print(i)", "def spam(a = b := 42): pass", "if True\n    pass", "while x\n  y", "if x # c\n  y", "if (a and\n b)\n  c", "class A(B)\n  pass", "if x == 1 y\n  pass", "with open(f) as g h:\n  pass", "try\n  x"]
for s in srcs:
    try:
        compile(s, "<test>", "exec"); print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), "|", e.msg, "|", e.lineno, e.offset)
