# Polynomials with integer coefficients: arithmetic, evaluation, derivative, division, roots.
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    @property
    def degree(self):
        return -1 if self.c == [0] else len(self.c) - 1
    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Poly([-x for x in self.c])
    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else -o)
    def __rsub__(self, o):
        return Poly([o]) - self
    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__
    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result
    def __call__(self, x):
        acc = 0
        for coef in reversed(self.c):
            acc = acc * x + coef
        return acc
    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def divmod(self, d):
        if d.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.c)
        quot = [0] * max(1, len(rem) - len(d.c) + 1)
        while len(rem) >= len(d.c) and any(rem):
            shift = len(rem) - len(d.c)
            lead, r = divmod(rem[-1], d.c[-1])
            if r:
                raise ValueError("non-integer quotient")
            quot[shift] = lead
            for i, b in enumerate(d.c):
                rem[i + shift] -= lead * b
            rem.pop()
        return Poly(quot), Poly(rem)
    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c
    def __repr__(self):
        if self.c == [0]:
            return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            body = ("" if mag == 1 and i else str(mag)) + ("x" if i >= 1 else "") + (f"^{i}" if i > 1 else "")
            terms.append((sign, body))
        s = ("-" if terms[0][0] == "-" else "") + terms[0][1]
        for sign, body in terms[1:]:
            s += f" {sign} {body}"
        return s
x = Poly([0, 1])
p = (x - 1) * (x - 2) * (x + 3)
print("p =", p, "degree", p.degree)
print("p(0..4) =", [p(v) for v in range(5)])
print("p' =", p.derivative(), " p'' =", p.derivative().derivative())
print("(x + 1)^5 =", (x + 1) ** 5)
q, r = p.divmod(x - 2)
print("p / (x - 2) =", q, "remainder", r)
q, r = (x ** 3 + 2 * x + 5).divmod(x ** 2 + 1)
print("quotient", q, "remainder", r)
print("integer roots of p:", [v for v in range(-10, 11) if p(v) == 0])
print(Poly([0]), Poly([5]), -x, x * 0, 3 - x, Poly([1, 0, 0, 0]) == Poly([1]))
for bad in [lambda: p.divmod(Poly([0])), lambda: p.divmod(2 * x)]:
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
