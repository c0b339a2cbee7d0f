//! rpy-jit: the Cranelift tier-1 compiler (DESIGN.md §7). Empty until the JIT issue lands;
//! the interpreter already keeps hotness counters in every code object for it.
