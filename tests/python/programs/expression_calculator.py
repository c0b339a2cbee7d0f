# A tokenizer and recursive-descent parser/evaluator for arithmetic with variables.
class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f"{self.kind}:{self.value}"
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("NAME", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(Token("OP", "**"))
            i += 2
        elif c in "+-*/%()=,":
            tokens.append(Token("OP", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    tokens.append(Token("EOF", None))
    return tokens
FUNCS = {"max": max, "min": min, "abs": abs}
class Parser:
    def __init__(self, tokens, env):
        self.toks, self.pos, self.env = tokens, 0, env
    def peek(self):
        return self.toks[self.pos]
    def take(self, value=None):
        tok = self.toks[self.pos]
        if value is not None and tok.value != value:
            raise SyntaxError(f"expected {value!r}, got {tok.value!r}")
        self.pos += 1
        return tok
    def statement(self):
        if self.peek().kind == "NAME" and self.toks[self.pos + 1].value == "=":
            name = self.take().value
            self.take("=")
            value = self.expr()
            self.env[name] = value
            return value
        return self.expr()
    def expr(self):
        value = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value
    def factor(self):
        if self.peek().value == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().value == "**":
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            return tok.value
        if tok.kind == "NAME":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take(",")
                    args.append(self.expr())
                self.take(")")
                return FUNCS[tok.value](*args)
            if tok.value not in self.env:
                raise NameError(f"undefined variable {tok.value!r}")
            return self.env[tok.value]
        if tok.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected token {tok!r}")
env = {}
program = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10", "y = x / 4", "x * y - 1",
           "max(1, x, 3) + min(4, 5)", "abs(-7.5) % 2", "z + 1", "1 +", "3 $ 4", "10 / (5 - 5)", "r = 2.5 * 2"]
for line in program:
    try:
        print(f"{line!r:28} => {Parser(tokenize(line), env).statement()!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line!r:28} => {type(e).__name__}: {e}")
print(print(tokenize("a = (b+1)*2")) or sorted(env.items()))
