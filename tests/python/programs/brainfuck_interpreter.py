# A Brainfuck interpreter with bracket pre-matching, running classic programs.
def run(program, input_data=b"", max_steps=10 ** 6):
    code = [c for c in program if c in "+-<>[].,"]
    jumps, stack = {}, []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            if not stack:
                raise SyntaxError(f"unmatched ] at {i}")
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    if stack:
        raise SyntaxError(f"unmatched [ at {stack[-1]}")
    tape = bytearray(30000)
    ptr = pc = steps = 0
    inp = list(input_data)
    out = []
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise RuntimeError(f"step limit exceeded at pc={pc}")
        c = code[pc]
        if c == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ">":
            ptr += 1
        elif c == "<":
            ptr -= 1
            if ptr < 0:
                raise IndexError("tape pointer moved left of cell 0")
        elif c == ".":
            out.append(tape[ptr])
        elif c == ",":
            tape[ptr] = inp.pop(0) if inp else 0
        elif c == "[" and tape[ptr] == 0:
            pc = jumps[pc]
        elif c == "]" and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
    return bytes(out).decode("latin-1"), steps
HELLO = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
out, steps = run(HELLO)
print(repr(out), steps)
REVERSE = ">,[>,]<[.<]"
print(run(REVERSE, b"stressed")[0])
ADD = ",>,[<+>-]<."
print(ord(run(ADD, bytes([19, 23]))[0]))
COUNTDOWN = "++++++++[>++++++<-]>+++++++++[.-]"
out, steps = run(COUNTDOWN)
print(repr(out[:10]), len(out), steps)
for bad in ["[[]", "]", "<", "+[]"]:
    try:
        run(bad, max_steps=1000)
    except (SyntaxError, IndexError, RuntimeError) as e:
        print(repr(bad), type(e).__name__, e)
