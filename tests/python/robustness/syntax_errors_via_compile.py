# SyntaxError details (msg, lineno, offset) from compile().
sources = [
    "x = (1 +",
    "def f(:\n    pass",
    "if True\n    pass",
    "for x in range(3):\nprint(x)",
    "return 5",
    "a = 1 = 2",
    "f() = 1",
    "del f()",
    "x = [1, 2",
    "print 'hello'",
    "class C:\n    def m(self):\n        yield = 1",
    "lambda x: yield",
    "def g():\n    x = 1\n    nonlocal x",
    "nonlocal y",
    "break",
    "def h(a, a): pass",
    "f(x for x in y, 1)",
    "'unterminated",
    '"""never closed',
    "x = 08",
    "1 +* 2",
    "def f(*): pass",
    "f(**k, *a)",
    "a, *b, *c = d",
    "match x:\n    case 1 | y:\n        pass",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled?!")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "| line", e.lineno, "| offset", e.offset)
