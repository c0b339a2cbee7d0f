# SyntaxErrors CPython's tokenizer reports (malformed numbers, invalid characters,
# unterminated strings, found anywhere in the source after a parser failure) and the
# "Perhaps you forgot a comma?" / "Maybe you meant '=='" hints, with offsets and end offsets.

cases = [
    "(0x+1)", "x = 0xI", "0010 + 2", "x = 32e-+4", "x = 0o9", "\u03b1 = 0xI", "x = 0b102", "x = 1_000_",
    "x = 1__0", "x = 09", "x = 1e", "x = 1e+", "x = 0b", "x = 0o", "x = 0x", "x = 1.real", "print(1abc)",
    "x = 1j2", "x = 5.5.5", "x = $y", "def fact(x):\n\treturn x!\n", "a = \u00ab hello \u00bb \u00ab world \u00bb",
    "x = \"a", "s = 'abc\nprint(s)\n", "if 1:\n    def foo():\n        '''\n\n    def bar():\n        pass\n\n    def baz():\n        '''quux'''\n    ",
    "f(a b)", "f(a, b c)", "[1 2]", "(1 2)", "{1 2}", "{'a': 1 'b': 2}", "{'a' 1}", "print('x' 'y' z)",
    "[x for x in y z]", "foo(a.b c)", "foo(a[1] b)", "foo(a() b)", "x = (a b)", "[a if b else c d]",
    "f(x y=1)", "f(1 + 2 3)", "f(-a b)", "[a, b c, d]", "[a b c d e f]", "f(a)(b c)", "f(a b, c d)",
    "f(True False)", "f(None x)", "f(a, *b c)", "f(x for x in y z)", "d = dict(a=1 b=2)",
    "if x = 3:\n pass", "while x = 3:\n pass", "if x.y = 3:\n pass", "if f() = 1:\n pass",
    "if 1 = x:\n pass", "{'a'=1}", "if (x = 1):\n pass", "if x = y + 1 and z:\n pass", "if a and b = c:\n pass",
    "ages = {'Alice'=22, 'Bob'=23}", "for x yfff:", "x = 1 2", "a b", "f{a + b + c}", "(1+)", "x === 2",
    "return return", "f(**)", "lambda x: x = 2", "match ...:\n    case {**rest, \"key\": value}:\n        ...",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

more = [
    "7\u03b1 = 1", "x = 7\u00e9", "x = 1\u00bb", "x = [1,= 2, 3]", "x = (1))", "x = [1, 2)", "f(a]\n",
    "x = {\n1: (2]\n}", "y = ]", "if x:\n    pass\n  else:\n    pass", "class A:\n  '''doc'''\n    pass\n",
    "print(a b", "f(a, b c\n", "x = [1, 2 3\ny = 4\n", "def f(:\n    pass", "if x =f = 1:\n pass",
    "x = 1\nif x = 1:\n    y = 1e +\n",
]
for src in more:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, e.lineno, e.offset)

for src in ["def f(p1, *, **k1):\n  pass\n", "lambda *, **k: 0", "def f(*, **k): pass", "def f(a, *, b, **k): pass",
            "f = lambda *, b, **k: 0", "def g(*, **k):\n    return k\n"]:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), "|", e.msg, e.lineno, e.offset)
