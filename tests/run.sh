#!/usr/bin/env bash
# The whole test suite: unit tests, the fuzz robustness test, the command-line cases
# (tests/cli) and the REPL on a pseudo-terminal, then every program in tests/python against
# CPython's expectations (its last line is the "N passed, N failed" total).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -p rpy
cargo test --workspace --exclude rpy-tests
cargo test -p rpy-tests --test fuzz
cargo test -p rpy-tests --test cli
cargo test -p rpy-tests --test repl_pty
cargo test -p rpy-tests --test programs
