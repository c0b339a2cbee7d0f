//! The cycle collector (DESIGN.md §3): reference counting frees most objects; this reclaims
//! the cycles among container objects by trial deletion, as CPython's `gc` does.
//!
//! `object::track` keeps the tracked objects in three generations; `traverse` lists an
//! object's references; `collect` finds the unreachable ones, runs their finalizers and
//! `clear`s them; `state` holds thresholds and statistics; `view` maps rpy's tracking onto
//! the numbers CPython reports. Collections run at safe points only: `gc.collect()` and the
//! interpreter's back-edge check (`collect_if_due`), never inside native code holding borrows.

pub mod clear;
pub mod collect;
pub mod pending;
pub mod state;
pub mod traverse;
pub mod view;

pub use crate::object::track::is_due;
pub use collect::{collect, collect_if_due, Outcome};
pub use pending::run_pending;

use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

/// The collection the interpreter runs at exit, after `atexit` and flushing the standard
/// streams but before modules are torn down (CPython's `PyGC_Collect` in `Py_FinalizeEx`), so
/// the finalizers of cyclic garbage run; nothing when automatic collection is disabled.
pub fn collect_at_exit(vm: &mut Vm) {
    if state::is_enabled() {
        collect(vm, crate::object::track::NUM_GENERATIONS - 1);
    }
}

/// An attribute of the `gc` module if it has been imported (`gc.callbacks`, `gc.garbage`).
pub(crate) fn module_attr(vm: &Vm, name: &str) -> Option<Value> {
    let m = vm.dict_get_str(&vm.modules, "gc")?;
    let Value::Obj(m) = m else { return None };
    let Payload::Module { dict } = &m.payload else { return None };
    vm.dict_get_str(dict, name)
}

#[cfg(test)]
mod tests;
