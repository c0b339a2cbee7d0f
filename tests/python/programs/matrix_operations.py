# A Matrix class with exact rational arithmetic (hand-written Fraction), determinant and inverse.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)
    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = Frac.of(o)
        return self.n == o.n and self.d == o.d
    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"
class Matrix:
    def __init__(self, rows):
        self.rows = [[Frac.of(x) for x in r] for r in rows]
        self.n, self.m = len(rows), len(rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {o.n}x{o.m}")
        return Matrix([[sum((self.rows[i][k] * o.rows[k][j] for k in range(self.m)), Frac(0))
                        for j in range(o.m)] for i in range(self.n)])
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        if self.n != self.m:
            raise ValueError("determinant of non-square matrix")
        a = [row[:] for row in self.rows]
        sign, result = 1, Frac(1)
        for col in range(self.n):
            pivot = next((r for r in range(col, self.n) if a[r][col] != Frac(0)), None)
            if pivot is None:
                return Frac(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                sign = -sign
            result = result * a[col][col]
            for r in range(col + 1, self.n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return result * sign
    def inverse(self):
        n = self.n
        a = [row[:] + [Frac(int(i == j)) for j in range(n)] for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != Frac(0)), None)
            if pivot is None:
                raise ValueError("matrix is singular")
            a[col], a[pivot] = a[pivot], a[col]
            p = a[col][col]
            a[col] = [x / p for x in a[col]]
            for r in range(n):
                if r != col:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([row[n:] for row in a])
    def __eq__(self, o):
        return self.rows == o.rows
    def __repr__(self):
        return "\n".join("[" + " ".join(f"{str(x):>6}" for x in r) + "]" for r in self.rows)
A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [0, 1], [4, 0]])
print(A @ B)
print(A.transpose())
print("det(A) =", A.det())
inv = A.inverse()
print(inv)
print("A @ inv == I:", A @ inv == Matrix.identity(3))
print("det(I4) =", Matrix.identity(4).det(), " det(singular) =", Matrix([[1, 2], [2, 4]]).det())
for bad in [lambda: B @ B, lambda: B.det(), lambda: Matrix([[1, 2], [2, 4]]).inverse()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
H = Matrix([[Frac(1, i + j + 1) for j in range(3)] for i in range(3)])
print(H, H.det(), sep="\n")
print(H.inverse())
