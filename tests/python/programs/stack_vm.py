# A bytecode compiler and stack virtual machine for a tiny language (assignments, while, print).
import sys
SRC = """
n = 10
a = 0
b = 1
i = 0
while i < n:
    print a
    t = a + b
    a = b
    b = t
    i = i + 1
print a * 1000 + b
"""
def tokenize_expr(expr):
    return expr.replace("(", " ( ").replace(")", " ) ").split()
PREC = {"<": 1, ">": 1, "==": 1, "+": 2, "-": 2, "*": 3, "/": 3, "%": 3}
def compile_expr(expr, code):
    output, ops = [], []
    for tok in tokenize_expr(expr):
        if tok.isdigit():
            output.append(("PUSH", int(tok)))
        elif tok.isidentifier():
            output.append(("LOAD", tok))
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                output.append(("BINOP", ops.pop()))
            ops.pop()
        elif tok in PREC:
            while ops and ops[-1] != "(" and PREC[ops[-1]] >= PREC[tok]:
                output.append(("BINOP", ops.pop()))
            ops.append(tok)
        else:
            raise SyntaxError(f"bad token {tok!r}")
    while ops:
        output.append(("BINOP", ops.pop()))
    code.extend(output)
def compile_block(lines, start, indent, code):
    i = start
    while i < len(lines):
        line = lines[i]
        depth = len(line) - len(line.lstrip())
        if depth < indent:
            return i
        stmt = line.strip()
        if stmt.startswith("while ") and stmt.endswith(":"):
            loop_start = len(code)
            compile_expr(stmt[6:-1], code)
            jump_index = len(code)
            code.append(("JUMP_IF_FALSE", None))
            i = compile_block(lines, i + 1, depth + 4, code)
            code.append(("JUMP", loop_start))
            code[jump_index] = ("JUMP_IF_FALSE", len(code))
            continue
        if stmt.startswith("print "):
            compile_expr(stmt[6:], code)
            code.append(("PRINT", None))
        elif "=" in stmt:
            name, expr = (s.strip() for s in stmt.split("=", 1))
            compile_expr(expr, code)
            code.append(("STORE", name))
        else:
            raise SyntaxError(f"cannot compile {stmt!r}")
        i += 1
    return i
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a // b,
       "%": lambda a, b: a % b, "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b), "==": lambda a, b: int(a == b)}
def run(code, out=sys.stdout):
    stack, env, pc, steps = [], {}, 0, 0
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "PUSH":
            stack.append(arg)
        elif op == "LOAD":
            if arg not in env:
                raise NameError(f"variable {arg!r} is not defined (pc={pc - 1})")
            stack.append(env[arg])
        elif op == "STORE":
            env[arg] = stack.pop()
        elif op == "BINOP":
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[arg](a, b))
        elif op == "PRINT":
            print(stack.pop(), file=out)
        elif op == "JUMP":
            pc = arg
        elif op == "JUMP_IF_FALSE":
            if not stack.pop():
                pc = arg
    return env, steps
code = []
compile_block([l for l in SRC.splitlines() if l.strip()], 0, 0, code)
for i, ins in enumerate(code):
    print(f"{i:3} {ins[0]:<14} {'' if ins[1] is None else ins[1]}".rstrip())
env, steps = run(code)
print(sorted(env.items()), steps)
for bad in ["x = y + 1", "x = 1 / 0", "print (1 + 2 * 3) % 4", "x = 2 $ 3"]:
    try:
        c = []
        compile_block([bad], 0, 0, c)
        run(c)
    except (NameError, ZeroDivisionError, SyntaxError) as e:
        print(type(e).__name__, e)
