# TypeError messages for unsupported operand types.
class A:
    pass
cases = [
    ("1 + 'a'", lambda: 1 + "a"),
    ("'a' + 1", lambda: "a" + 1),
    ("[] + ()", lambda: [] + ()),
    ("A() + A()", lambda: A() + A()),
    ("A() - 1", lambda: A() - 1),
    ("1 * A()", lambda: 1 * A()),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("[1] * 1.5", lambda: [1] * 1.5),
    ("None + 1", lambda: None + 1),
    ("1 / 'x'", lambda: 1 / "x"),
    ("{} | []", lambda: {} | []),
    ("-'a'", lambda: -"a"),
    ("~1.5", lambda: ~1.5),
    ("+[]", lambda: +[]),
    ("A() < A()", lambda: A() < A()),
    ("1 < 'a'", lambda: 1 < "a"),
    ("[1] < (1,)", lambda: [1] < (1,)),
    ("None > None", lambda: None > None),
    ("{1} < [1]", lambda: {1} < [1]),
    ("1 @ 2", lambda: 1 @ 2),
    ("2 ** 'x'", lambda: 2 ** "x"),
    ("pow(2, 3, 'x')", lambda: pow(2, 3, "x")),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("1 << 1.0", lambda: 1 << 1.0),
    ("1.0 // 'a'", lambda: 1.0 // "a"),
    ("divmod('a', 1)", lambda: divmod("a", 1)),
    ("b'a' + 'a'", lambda: b"a" + "a"),
    ("1j < 2j", lambda: 1j < 2j),
    ("A()[0]", lambda: A()[0]),
    ("len(A())", lambda: len(A())),
]
for text, fn in cases:
    try:
        fn()
        print(text, "-> no error")
    except TypeError as e:
        print(text, "->", e)
