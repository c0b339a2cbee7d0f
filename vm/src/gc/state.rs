//! The collector's settings and statistics (what the `gc` module reads and sets): thresholds,
//! per-generation counts, `gc.get_stats()`, debug flags and the unraisable-exception hook.

use crate::error::PyErr;
use crate::object::track;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

/// `gc.DEBUG_*`
pub mod debug {
    pub const STATS: u32 = 1;
    pub const COLLECTABLE: u32 = 2;
    pub const UNCOLLECTABLE: u32 = 4;
    pub const SAVEALL: u32 = 32;
    pub const LEAK: u32 = COLLECTABLE | UNCOLLECTABLE | SAVEALL;
}

/// Reports an exception nobody can catch (`__del__`, gc callbacks): the `lib` crate installs
/// `sys.unraisablehook`'s machinery here.
pub type UnraisableHook = fn(&mut Vm, PyErr, Option<&str>, Option<Value>);

#[derive(Clone, Copy, Default, Debug)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

pub struct GcState {
    pub enabled: bool,
    pub thresholds: [usize; 3],
    /// collections of the next younger generation since this one was last collected
    /// (index 0 unused: generation 0 counts allocations in `object::track`)
    pub counts: [usize; 3],
    pub stats: [GenStats; 3],
    pub debug: u32,
    /// a collection is running (finalizers may call `gc.collect()`: it then does nothing)
    pub collecting: bool,
    /// objects in the oldest generation after the last full collection, and objects promoted
    /// into it since: a full collection waits until the latter is a quarter of the former
    /// (CPython's guard against quadratic behaviour when many objects survive)
    pub long_lived_total: usize,
    pub long_lived_pending: usize,
    pub unraisable: Option<UnraisableHook>,
}

thread_local! {
    static STATE: RefCell<GcState> = const {
        RefCell::new(GcState {
            enabled: true,
            thresholds: [700, 10, 10],
            counts: [0; 3],
            stats: [GenStats { collections: 0, collected: 0, uncollectable: 0 }; 3],
            debug: 0,
            collecting: false,
            long_lived_total: 0,
            long_lived_pending: 0,
            unraisable: None,
        })
    };
}

/// Runs `f` on the collector's state (no Python code may run inside).
pub fn with<R>(f: impl FnOnce(&mut GcState) -> R) -> R {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    let t0 = with(|s| {
        s.enabled = on;
        s.thresholds[0]
    });
    track::configure(t0 as isize, on);
    if !on {
        track::clear_due();
    }
}

pub fn is_enabled() -> bool {
    with(|s| s.enabled)
}

/// `gc.set_threshold(t0[, t1[, t2]])`.
pub fn set_thresholds(t: &[usize]) {
    let (t0, on) = with(|s| {
        for (i, v) in t.iter().enumerate().take(3) {
            s.thresholds[i] = *v;
        }
        (s.thresholds[0], s.enabled)
    });
    track::configure(t0 as isize, on);
}

/// `gc.get_count()`.
pub fn get_counts() -> [usize; 3] {
    let c0 = track::count0().max(0) as usize;
    with(|s| [c0, s.counts[1], s.counts[2]])
}

/// Installs the reporter of exceptions raised by finalizers and callbacks.
pub fn set_unraisable_hook(h: UnraisableHook) {
    with(|s| s.unraisable = Some(h));
}

/// Reports an exception raised where nobody can catch it; without a hook (an interpreter
/// set up without the `lib` crate) it is written to stderr in CPython's default form.
pub fn write_unraisable(vm: &mut Vm, err: PyErr, msg: Option<&str>, obj: Option<Value>) {
    match with(|s| s.unraisable) {
        Some(h) => h(vm, err, msg, obj),
        None => {
            let text = crate::error::traceback::format_exception(vm, &Value::Obj(err.0.clone()));
            let what = match &obj {
                Some(o) => crate::protocol::repr::repr(vm, o).unwrap_or_else(|_| "<object>".into()),
                None => String::new(),
            };
            eprint!("{}: {what}\n{text}", msg.unwrap_or("Exception ignored in"));
        }
    }
}
