# f-string basics: expressions, nesting, quotes, escapes, conversions.
name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}")
print(f"{name.upper()} {name[::-1]} {len(name)}")
print(f"{{literal braces}} {n}")
print(f"{'single' + 'quotes'}")
print(F"capital F {n}")
print(rf"raw \n {n}")
print(fr"raw2 \t {name}")
print(f"{n!r} {name!r} {name!s} {'é'!a}")
print(f"{[1, 2, 3]} {(1,)} {{'a': 1}}")
print(f"{ {'a': 1}['a'] }")
d = {"key": "val"}
print(f"{d['key']}")
print(f"{(lambda x: x * 2)(5)}")
print(f"{'yes' if n > 40 else 'no'}")
print(f"{n:{'>'}{10}}|")
print(f"line1\nline2\t{n}")
print(f"multi"
      f"part {n}"
      " plain")
print(f"""triple {name}
quoted""")
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
    def __format__(self, spec):
        return "P-format(" + spec + ")"
p = P()
print(f"{p} {p!s} {p!r} {p:xyz}")
print(f"{3.0} {1e20} {1/3}")
print(f"{None} {True} {b'b'}")
x = 10
print(f"{x=}")
print(f"{x = }")
print(f"{x+1=}")
print(f"{name=!s}")
print(f"{3.14159=:.2f}")
print(f"{'a'}{'b'}{'c'}")
