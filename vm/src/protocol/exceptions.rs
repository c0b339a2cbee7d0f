//! Helpers on exception instances: args, chaining fields, and exception-group metadata.

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Copies `__traceback__`, `__cause__`, `__context__` and `__notes__` from one exception group
/// to a group derived from it (as `BaseExceptionGroup.split` does).
pub fn copy_group_metadata(vm: &mut Vm, from: &Value, to: &Value) {
    let (Value::Obj(f), Value::Obj(t)) = (from, to) else { return };
    if let (Payload::Exception(fd), Payload::Exception(td)) = (&f.payload, &t.payload) {
        let (tb, cause, ctx) = {
            let fd = fd.borrow();
            (fd.traceback.clone(), fd.cause.clone(), fd.context.clone())
        };
        let mut td = td.borrow_mut();
        td.traceback = tb;
        td.cause = cause;
        td.context = ctx;
    }
    if let Some(notes) = vm.get_attr_raw(f, "__notes__") {
        vm.set_attr_raw(t, "__notes__", notes);
    }
}

/// The args tuple of an exception as a vector.
pub fn exc_args(e: &ObjRef) -> Vec<Value> {
    match &e.payload {
        Payload::Exception(d) => match &d.borrow().args {
            Value::Obj(t) => match &t.payload {
                Payload::Tuple(items) => items.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}
