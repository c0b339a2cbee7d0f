# rpy: full-stderr
# SyntaxWarnings the compiler prints while compiling: "is" with a literal, asserting a tuple,
# calling or indexing a literal ("perhaps you missed a comma?"). The source is compiled under
# a file name that does not exist, so no source lines are shown.
SRC = 'x = "a"\nif x is "a": pass\nif x is not 1: pass\nprint(x is None, x is (), x is -1, x is (1, 2), x is ..., 1 is True)\nassert (x, "m")\nassert ()\ndef f():\n    return [1, 2][1, 2] if False else 0\ntry:\n    "abc"(1)\nexcept TypeError as e: print(e)\ntry:\n    [1, 2](3)\nexcept TypeError as e: print(e)\ntry:\n    1[0]\nexcept TypeError as e: print(e)\ntry:\n    (1, 2)["a"]\nexcept TypeError as e: print(e)\ntry:\n    "abc"[1.5]\nexcept TypeError as e: print(e)\ntry:\n    {1}[0]\nexcept TypeError as e: print(e)\nprint("abc"[1], "abc"[x:] if False else "", [1][0], {1: 2}[1], f"{x}"[0])\nprint(compile("y is 5", "<s>", "eval") is not None)\nexec("z = 1\\nprint(z is 2)")\n'
code = compile(SRC, "warned_module.py", "exec")
print("compiled")
exec(code, {"__name__": "warned"})
