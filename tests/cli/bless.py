#!/usr/bin/env python3
"""Generates tests/cli/cases/*.expected by running each case with CPython 3.11.

A case (tests/cli/cases/<name>.case) is a command line for the interpreter with its
environment, stdin and files; the expectation is CPython's exit status, stdout and stderr.
tests/harness/cli.rs runs the same case with rpy and compares. The format:

    # comment lines (the first one says what the case checks)
    args: -c 'print(1)' a b        shell-like words given to the interpreter
    cpython-args: ...              what CPython is given instead (for rpy-only spellings
                                   such as -X:name, compared with CPython's -X name)
    env: NAME=VALUE                added to the environment (repeatable)
    cwd: sub/dir                   working directory inside the sandbox
    stdout: ignore | prefix        don't compare stdout / rpy's must start with CPython's
    stderr: ignore | prefix | last-line
                                   as for stdout, or compare the last line only
    stdout-to: /dev/full           stdout is that file instead of a pipe
    xfail: REASON                  a known difference: reported, not failing
    mask: GLOB                     in both outputs, each match of GLOB (`*` = any text
                                   within a line) is replaced by GLOB itself
    stderr-grep: WORD...           shell-like words: stderr keeps only the lines holding one
                                   of them (after the normalisation and masks below). For
                                   traces such as -v and -X importtime, where CPython also
                                   reports its own start-up and shutdown (frozen and stdlib
                                   imports, site, module cleanup) that rpy does not do: name
                                   the case's own modules distinctively (`import 'tmod`,
                                   `<dir>/` for paths in the sandbox) and grep for them, and
                                   mask the times (`mask: import time: * | * |`)
    --- file PATH                  a file in the sandbox; its content follows
    --- zip PATH NAME[:deflate]    a zip archive with member NAME holding the content that
                                   follows (stored, or deflated); several `--- zip` sections
                                   with the same PATH add members. The archive is made by
                                   Python's zipfile and kept in cases/<name>.files/PATH for
                                   the harness
    --- stdin                      stdin's content (otherwise stdin is empty)

Each case runs in a fresh sandbox directory, with an environment holding only PATH,
LANG=C.UTF-8, HOME=<sandbox> and the case's `env:` lines. Normalisation, applied to both
CPython's and rpy's output: the sandbox path becomes `<dir>`, the interpreter's path
`<exe>`; a process killed by signal N has exit status -N.

Usage: python3 tests/cli/bless.py [case names...]   (default: all cases)
"""

import os
import re
import shlex
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")


def parse_case(path):
    case = {"args": None, "cpython_args": None, "env": [], "cwd": "", "stdout": "", "stderr": "",
            "masks": [], "grep": None, "files": [], "zips": [], "stdin": None, "stdout_to": None}
    section = None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for line in lines:
        if line.startswith("--- "):
            words = line[4:].split()
            if words[0] == "file":
                section = {"kind": "file", "path": words[1], "text": []}
                case["files"].append(section)
            elif words[0] == "zip":
                name, _, method = words[2].partition(":")
                section = {"kind": "zip", "path": words[1], "name": name, "deflate": method == "deflate", "text": []}
                case["zips"].append(section)
            elif words[0] == "stdin":
                section = {"kind": "stdin", "text": []}
                case["stdin"] = section
            else:
                raise SystemExit(f"{path}: unknown section {line!r}")
            continue
        if section is not None:
            section["text"].append(line + "\n")
            continue
        if not line.strip() or line.startswith("#"):
            continue
        key, _, value = line.partition(":")
        value = value.strip()
        if key == "args":
            case["args"] = shlex.split(value)
        elif key == "cpython-args":
            case["cpython_args"] = shlex.split(value)
        elif key == "env":
            case["env"].append(value.split("=", 1))
        elif key == "cwd":
            case["cwd"] = value
        elif key in ("stdout", "stderr"):
            case[key] = value
        elif key == "mask":
            case["masks"].append(value)
        elif key == "stderr-grep":
            case["grep"] = shlex.split(value)
        elif key == "stdout-to":
            case["stdout_to"] = value
        elif key == "xfail":
            pass
        else:
            raise SystemExit(f"{path}: unknown directive {line!r}")
    if case["args"] is None:
        raise SystemExit(f"{path}: no args: line")
    return case


def make_sandbox(case, root):
    for f in case["files"]:
        p = os.path.join(root, f["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as out:
            out.write("".join(f["text"]))
    for z in case["zips"]:
        p = os.path.join(root, z["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with zipfile.ZipFile(p, "a") as zf:
            info = zipfile.ZipInfo(z["name"], date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED if z["deflate"] else zipfile.ZIP_STORED
            zf.writestr(info, "".join(z["text"]))


def mask(text, globs):
    for g in globs:
        pattern = "[^\n]*".join(re.escape(part) for part in g.split("*"))
        text = re.sub(pattern, lambda m: g, text)
    return text


def grep(text, words):
    """The lines of text holding one of the words (all of it when words is None)."""
    if words is None:
        return text
    return "".join(l for l in text.splitlines(keepends=True) if any(w in l for w in words))


def run(case, exe):
    with tempfile.TemporaryDirectory(prefix="rpy-cli-") as root:
        root = os.path.realpath(root)
        make_sandbox(case, root)
        for z in {z["path"] for z in case["zips"]}:
            keep = os.path.join(CASES, case["name"] + ".files", z)
            os.makedirs(os.path.dirname(keep), exist_ok=True)
            with open(os.path.join(root, z), "rb") as src, open(keep, "wb") as dst:
                dst.write(src.read())
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "HOME": root}
        env.update({k: v for k, v in case["env"]})
        args = case["cpython_args"] if case["cpython_args"] is not None else case["args"]
        stdin = "".join(case["stdin"]["text"]).encode() if case["stdin"] else b""
        stdout = open(case["stdout_to"], "wb") if case["stdout_to"] else subprocess.PIPE
        p = subprocess.run([exe] + args, input=stdin, stdout=stdout, stderr=subprocess.PIPE, env=env,
                           cwd=os.path.join(root, case["cwd"]), timeout=60)
        out = (p.stdout or b"").decode("utf-8", "replace")
        err = p.stderr.decode("utf-8", "replace")
        out, err = (t.replace(root, "<dir>").replace(exe, "<exe>") for t in (out, err))
        return p.returncode, mask(out, case["masks"]), grep(mask(err, case["masks"]), case["grep"])


def block(text):
    """The output as `|`-prefixed lines, with a marker when it does not end in a newline."""
    if not text:
        return ""
    lines = text.split("\n")
    body = "".join("|" + l + "\n" for l in lines[:-1])
    if lines[-1] != "":
        body += "|" + lines[-1] + "\n\\ no newline at end\n"
    return body


def main():
    exe = os.path.realpath(sys.executable)
    if sys.version_info[:2] != (3, 11):
        raise SystemExit("run this with CPython 3.11")
    names = sys.argv[1:] or sorted(n[:-5] for n in os.listdir(CASES) if n.endswith(".case"))
    for name in names:
        name = os.path.basename(name)
        if name.endswith(".case"):
            name = name[:-5]
        case = parse_case(os.path.join(CASES, name + ".case"))
        case["name"] = name
        code, out, err = run(case, exe)
        with open(os.path.join(CASES, name + ".expected"), "w", encoding="utf-8") as f:
            f.write(f"# generated by tests/cli/bless.py from CPython {sys.version.split()[0]}; do not edit\n")
            f.write(f"exit: {code}\n--- stdout\n{block(out)}--- stderr\n{block(err)}")
        print(f"{name}: exit {code}")


if __name__ == "__main__":
    main()
