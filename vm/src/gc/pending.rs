//! Finalizers of objects freed by reference counting: `dealloc` cannot run Python code, so an
//! object with a `__del__` (or a suspended generator) whose count reaches zero is queued, and
//! the interpreter runs the queue at its next instruction boundary — right after the
//! instruction that dropped the last reference, which is where CPython runs it.

use crate::vm::Vm;
use std::cell::Cell;

thread_local! {
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// Runs the queued finalizers (and those they queue in turn), then lets the objects go. Does
/// nothing when called from inside a finalizer: the outer call picks the new ones up, so a
/// long chain of objects with `__del__` does not nest on the Rust stack.
pub fn run_pending(vm: &mut Vm) {
    if RUNNING.with(|r| r.replace(true)) {
        return;
    }
    loop {
        let batch = crate::object::take_pending_finalizers();
        if batch.is_empty() {
            break;
        }
        for o in batch {
            super::collect::finalize_one(vm, &o);
            // unless the finalizer resurrected it, the object is freed here
            drop(o);
        }
    }
    RUNNING.with(|r| r.set(false));
}
