# A complete Rational number type with operators, hashing, ordering and conversions.
class Rational:
    __slots__ = ("num", "den")
    def __init__(self, num=0, den=1):
        if isinstance(num, str):
            if "/" in num:
                a, b = num.split("/")
                num, den = int(a), int(b)
            else:
                num = int(num)
        if den == 0:
            raise ZeroDivisionError(f"Rational({num}, 0)")
        if den < 0:
            num, den = -num, -den
        a, b = abs(num), den
        while b:
            a, b = b, a % b
        g = a or 1
        object.__setattr__(self, "num", num // g)
        object.__setattr__(self, "den", den // g)
    def __setattr__(self, name, value):
        raise AttributeError("Rational is immutable")
    @staticmethod
    def _coerce(x):
        if isinstance(x, Rational):
            return x
        if isinstance(x, int):
            return Rational(x)
        return NotImplemented
    def _op(self, other, fn):
        other = Rational._coerce(other)
        if other is NotImplemented:
            return NotImplemented
        return fn(other)
    def __add__(self, o):
        return self._op(o, lambda o: Rational(self.num * o.den + o.num * self.den, self.den * o.den))
    def __sub__(self, o):
        return self._op(o, lambda o: Rational(self.num * o.den - o.num * self.den, self.den * o.den))
    def __mul__(self, o):
        return self._op(o, lambda o: Rational(self.num * o.num, self.den * o.den))
    def __truediv__(self, o):
        return self._op(o, lambda o: Rational(self.num * o.den, self.den * o.num))
    __radd__ = __add__
    __rmul__ = __mul__
    def __rsub__(self, o):
        return self._op(o, lambda o: o - self)
    def __rtruediv__(self, o):
        return self._op(o, lambda o: o / self)
    def __pow__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return Rational(self.num ** n, self.den ** n) if n >= 0 else Rational(self.den ** -n, self.num ** -n)
    def __neg__(self):
        return Rational(-self.num, self.den)
    def __abs__(self):
        return Rational(abs(self.num), self.den)
    def __eq__(self, o):
        if isinstance(o, float):
            return float(self) == o
        o = Rational._coerce(o)
        return o is not NotImplemented and (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        return self._op(o, lambda o: self.num * o.den < o.num * self.den)
    def __le__(self, o):
        return self._op(o, lambda o: self.num * o.den <= o.num * self.den)
    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return int(self.num / self.den) if abs(self.num) < 2 ** 50 else -(-self.num // self.den) if self.num < 0 else self.num // self.den
    def __bool__(self):
        return self.num != 0
    def __repr__(self):
        return f"Rational({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"
R = Rational
half, third = R(1, 2), R(1, 3)
print(half + third, half - third, half * third, half / third, half ** 3, third ** -2, -half, abs(R(-3, 4)))
print(1 + half, 1 - half, 2 * third, 1 / third, R("3/9"), R("-6/-8"), R("5"), R(10, -4))
print(half == R(2, 4), half == 0.5, R(2) == 2, half != third, third < half, half <= R(1, 2), sorted([half, third, R(-1), R(5, 4)]))
print(float(R(1, 8)), int(R(7, 2)), int(R(-7, 2)), bool(R(0)), bool(third))
print(len({R(1, 2), R(2, 4), R(3, 6)}), hash(R(4, 2)) == hash(2), {R(3): "three"}[3])
total = sum((R(1, n * (n + 1)) for n in range(1, 50)), R(0))
print("telescoping sum:", total)
harmonic = sum((R(1, n) for n in range(1, 21)), R(0))
print("H(20) =", harmonic, round(float(harmonic), 10))
x = R(1)
for _ in range(6):
    x = (x + R(2) / x) / 2
print("sqrt(2) approx:", x, float(x))
for bad in [lambda: R(1, 0), lambda: half / 0, lambda: half + 0.5, lambda: half ** half, lambda: setattr(half, "num", 3)]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
