# Keyword arguments to builtins whose parameters are positional-only (Argument Clinic
# messages), and ** with non-string keys into dict().

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: int(x=1))
show(lambda: int("5", base=8))
show(lambda: format(value=1))
show(lambda: divmod(x=1, y=2))
show(lambda: [].append(object=1))
show(lambda: {}.get(key=1))
show(lambda: round(number=1.5))
show(lambda: round(1.5, ndigits=None))
show(lambda: pow(base=2, exp=3))
show(lambda: "abc".replace(old="a", new="b"))
show(lambda: str(object=1))
show(lambda: float(x=1))
show(lambda: hash(obj=1))
show(lambda: len(obj=1))
show(lambda: (5).to_bytes(length=2, byteorder="big"))
show(lambda: "a".center(width=5))
show(lambda: dict(**{1: 2}))
show(lambda: (lambda **k: k)(**{1: 2}))
