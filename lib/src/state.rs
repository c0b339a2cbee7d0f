//! Per-interpreter state of the native modules (their type objects and the standard streams),
//! keyed by the `Vm` it belongs to.

use rpy_vm::{ObjRef, Value, Vm};
use std::cell::RefCell;
use std::mem::ManuallyDrop;

/// What the native modules remember about one interpreter.
#[derive(Default)]
pub struct LibState {
    /// `types.SimpleNamespace`
    pub namespace_type: Option<ObjRef>,
    /// `_io.TextIOWrapper` (the standard streams' type)
    pub stream_type: Option<ObjRef>,
    /// `_io.BufferedReader`, `_io.BufferedWriter`, `_io.FileIO` (the streams' `.buffer`)
    pub binary_types: [Option<ObjRef>; 3],
    /// `io.UnsupportedOperation`
    pub unsupported_operation: Option<ObjRef>,
    /// the type of `sys.unraisablehook`'s argument
    pub unraisable_args: Option<ObjRef>,
    /// `time.struct_time`
    pub struct_time: Option<ObjRef>,
    /// the local time zone (`time.tzset()` reloads it)
    pub time_zone: Option<std::rc::Rc<crate::time::tz::TimeZone>>,
    /// the `time` module's namespace (tzset updates its constants)
    pub time_dict: Option<ObjRef>,
    /// `sys.getswitchinterval()` once set (the default is 0.005)
    pub switch_interval: Option<f64>,
    /// `sys.addaudithook` hooks, in order
    pub audit_hooks: Vec<Value>,
    /// the original `sys.stdin`, `sys.stdout`, `sys.stderr`
    pub std_streams: Vec<ObjRef>,
}

thread_local! {
    /// Keyed by the address of the interpreter's `object` type. The stored type objects keep
    /// that `object` alive, so the address cannot be reused by a later interpreter. Never
    /// dropped: freeing objects while thread-locals are being destroyed is not possible (the
    /// object heap's own thread-local may already be gone), so the state is left to the OS.
    static STATES: RefCell<ManuallyDrop<Vec<(usize, LibState)>>> = const { RefCell::new(ManuallyDrop::new(Vec::new())) };
}

/// Runs `f` with this interpreter's state. `f` must not run Python code.
pub fn with<R>(vm: &Vm, f: impl FnOnce(&mut LibState) -> R) -> R {
    let key = vm.types.object.addr();
    STATES.with(|s| {
        let mut s = s.borrow_mut();
        let i = match s.iter().position(|(k, _)| *k == key) {
            Some(i) => i,
            None => {
                s.push((key, LibState::default()));
                s.len() - 1
            }
        };
        f(&mut s[i].1)
    })
}
