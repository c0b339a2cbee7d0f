//! How much native stack is left on the current thread, so recursive native code (repr of
//! nested containers, the compiler, nested interpreter entries) can raise RecursionError
//! instead of overflowing.

use std::cell::Cell;

thread_local! {
    static STACK_BASE: Cell<usize> = const { Cell::new(0) };
    static STACK_SIZE: Cell<usize> = const { Cell::new(8 << 20) };
}

#[inline(never)]
fn current_sp() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}

/// Records the current stack position as the base of a stack of `size` bytes. Call once at
/// the top of the thread that runs Python code.
pub fn init(size: usize) {
    STACK_BASE.with(|b| b.set(current_sp()));
    STACK_SIZE.with(|s| s.set(size));
}

/// Bytes of stack remaining (approximately).
#[inline]
pub fn remaining() -> usize {
    let base = STACK_BASE.with(|b| b.get());
    if base == 0 {
        init(8 << 20);
        return 8 << 20;
    }
    let used = base.saturating_sub(current_sp());
    STACK_SIZE.with(|s| s.get()).saturating_sub(used)
}
