#!/usr/bin/env python3
"""Runs each program in benches/programs under rpy and CPython, prints time ratios.

usage: python3 benches/run.py [--rpy target/release/rpy] [--repeat 3] [names...]
The CPython binary is the real executable (not the pyenv shim). PyPy is included when
`pypy3` is on PATH. Each program's output must be identical under every implementation.
"""
import argparse, math, os, shutil, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))

def timed(cmd, path):
    t = time.perf_counter()
    r = subprocess.run(cmd + [path], capture_output=True, text=True)
    return time.perf_counter() - t, r

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rpy", default=os.path.join(HERE, "..", "target", "release", "rpy"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    impls = [("rpy", [a.rpy]), ("cpython", [sys.executable])]
    if shutil.which("pypy3"):
        impls.append(("pypy", [shutil.which("pypy3")]))
    progs = sorted(f for f in os.listdir(os.path.join(HERE, "programs")) if f.endswith(".py"))
    if a.names:
        progs = [p for p in progs if any(n in p for n in a.names)]
    ratios = []
    print(f"{'program':<18}" + "".join(f"{n:>10}" for n, _ in impls) + f"{'rpy/cpy':>10}")
    for p in progs:
        path = os.path.join(HERE, "programs", p)
        best = {}
        outs = {}
        for name, cmd in impls:
            ts = []
            for _ in range(a.repeat):
                t, r = timed(cmd, path)
                ts.append(t)
                outs[name] = (r.returncode, r.stdout)
            best[name] = min(ts)
        ok = all(outs[n] == outs["cpython"] for n, _ in impls)
        ratio = best["rpy"] / best["cpython"]
        ratios.append(ratio)
        print(f"{p:<18}" + "".join(f"{best[n]:>9.3f}s" for n, _ in impls) + f"{ratio:>9.2f}x" + ("" if ok else "  OUTPUT DIFFERS"))
    if ratios:
        g = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean rpy/cpython: {g:.2f}x")

if __name__ == "__main__":
    main()
