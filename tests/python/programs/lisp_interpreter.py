# A tiny Lisp interpreter: tokenizer, reader, environments, lambdas, recursion.
class LispError(Exception):
    pass
def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()
def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return ["quote", read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return tok
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")
def standard_env():
    env = Env()
    env.update({"+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
                "*": lambda a, b: a * b, "/": lambda a, b: a / b, "<": lambda a, b: a < b,
                "=": lambda a, b: a == b, ">": lambda a, b: a > b, "car": lambda l: l[0],
                "cdr": lambda l: l[1:], "cons": lambda a, l: [a] + l, "list": lambda *a: list(a),
                "null?": lambda l: l == [], "length": len, "mod": lambda a, b: a % b})
    return env
class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"expected {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))
def evaluate(x, env):
    while True:
        if isinstance(x, str):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) not in (False, []) else alt
            continue
        if op == "define":
            name, expr = args
            env[name] = evaluate(expr, env)
            return None
        if op == "lambda":
            return Lambda(args[0], args[1], env)
        if op == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        fn = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        if not callable(fn):
            raise LispError(f"not a procedure: {fn!r}")
        return fn(*vals)
def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    return ("#t" if v else "#f") if isinstance(v, bool) else str(v)
env = standard_env()
program = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 20)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 15)
(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define make-adder (lambda (n) (lambda (x) (+ x n))))
((make-adder 10) 5)
(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))
(count 150 0)
(length '(a b c (d e))) (/ 7 2)
(begin (define x 3) (* x x))
(< 1 2) (map (lambda (n) (> n 2)) '(1 2 3))
(undefined-thing 1)
(1 2 3)
((lambda (a b) a) 1)
(car '())
"""
tokens = tokenize(program)
while tokens:
    try:
        expr = read(tokens)
        result = evaluate(expr, env)
        if result is not None:
            print(to_str(result))
    except (LispError, IndexError) as e:
        print("error:", type(e).__name__, e)
for src in ["(+ 1 2", ")"]:
    try:
        read(tokenize(src))
    except LispError as e:
        print("read error:", e)
