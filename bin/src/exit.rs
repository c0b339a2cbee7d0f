//! How the main program ends, as CPython's `Py_RunMain`: an uncaught exception is shown by
//! `sys.excepthook` (status 1), `SystemExit` gives its code, an uncaught KeyboardInterrupt kills
//! the process with SIGINT after finalisation, and a failed flush of `sys.stdout` at exit is
//! reported as an unraisable exception with status 120.

use crate::run::Outcome;
use rpy_vm::protocol::attr;
use rpy_vm::{Payload, PyErr, Value, Vm};

/// The process's fate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Code(i32),
    /// an uncaught KeyboardInterrupt: die of SIGINT
    SigInt,
}

fn sys_get(vm: &mut Vm, name: &str) -> Option<Value> {
    vm.sys_dict.clone().and_then(|d| vm.dict_get_str(&d, name))
}

fn traceback_of(e: &PyErr) -> Value {
    match &e.0.payload {
        Payload::Exception(d) => d.borrow().traceback.clone().map(Value::Obj).unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// Writes text to `sys.stderr` (the process's stderr when that is None or fails).
pub fn write_stderr(vm: &mut Vm, s: &str) {
    match sys_get(vm, "stderr") {
        Some(f) if !f.is_none() => {
            let v = vm.new_str(s);
            if vm.call_method(&f, "write", &[v]).is_err() {
                eprint!("{s}");
            }
        }
        _ => eprint!("{s}"),
    }
}

fn flush(vm: &mut Vm, name: &str) {
    if let Some(f) = sys_get(vm, name) {
        if !f.is_none() {
            let _ = vm.call_method(&f, "flush", &[]);
        }
    }
}

/// The built-in traceback display (`sys.__excepthook__` without Python-level hooks).
fn display(vm: &mut Vm, e: &PyErr) {
    let s = rpy_vm::error::traceback::format_exception(vm, &Value::Obj(e.0.clone()));
    write_stderr(vm, &s);
    flush(vm, "stderr");
}

/// `PyErr_Print`: sets `sys.last_type`/`last_value`/`last_traceback` and calls
/// `sys.excepthook`, falling back to the built-in display when the hook is missing or fails.
pub fn print_exception(vm: &mut Vm, e: &PyErr) {
    let exc = Value::Obj(e.0.clone());
    let ty = Value::Obj(vm.type_of(&exc));
    let tb = traceback_of(e);
    if let Some(sd) = vm.sys_dict.clone() {
        vm.dict_set_str(&sd, "last_type", ty.clone());
        vm.dict_set_str(&sd, "last_value", exc.clone());
        vm.dict_set_str(&sd, "last_traceback", tb.clone());
    }
    match sys_get(vm, "excepthook") {
        Some(hook) if !hook.is_none() => {
            if let Err(hook_err) = vm.call(&hook, &[ty, exc, tb]) {
                let se = vm.types.system_exit.clone();
                if vm.is_instance_of(&Value::Obj(hook_err.0.clone()), &se) {
                    // CPython handles a SystemExit raised by the hook as the exit itself
                    let code = system_exit_code(vm, &hook_err);
                    flush_at_exit(vm);
                    std::process::exit(code);
                }
                write_stderr(vm, "Error in sys.excepthook:\n");
                display(vm, &hook_err);
                write_stderr(vm, "\nOriginal exception was:\n");
                display(vm, e);
            }
        }
        _ => {
            write_stderr(vm, "sys.excepthook is missing\n");
            display(vm, e);
        }
    }
}

/// `_Py_HandleSystemExit`: the exit status of a SystemExit, printing a non-integer code.
pub fn system_exit_code(vm: &mut Vm, e: &PyErr) -> i32 {
    let code = attr::getattr_str(vm, &Value::Obj(e.0.clone()), "code").unwrap_or(Value::None);
    match &code {
        Value::None => 0,
        Value::Int(i) => *i as i32,
        Value::Bool(b) => *b as i32,
        other => {
            let int_type = vm.types.int.clone();
            if vm.is_instance_of(other, &int_type) {
                // an int that does not fit a C long
                return -1;
            }
            let s = vm.to_string(other).unwrap_or_default();
            write_stderr(vm, &format!("{s}\n"));
            1
        }
    }
}

/// The status for the outcome of the main code, printing an uncaught exception. Under `-i` a
/// SystemExit is shown like any other exception, since the prompt follows.
pub fn status_of(vm: &mut Vm, outcome: Outcome) -> Status {
    match outcome {
        Outcome::Done => Status::Code(0),
        Outcome::Failed(c) => Status::Code(c),
        Outcome::Error(e) => {
            let exc = Value::Obj(e.0.clone());
            let se = vm.types.system_exit.clone();
            if vm.is_instance_of(&exc, &se) && !vm.settings.inspect {
                return Status::Code(system_exit_code(vm, &e));
            }
            print_exception(vm, &e);
            let ki = vm.types.keyboard_interrupt.clone();
            if vm.is_instance_of(&exc, &ki) {
                Status::SigInt
            } else {
                Status::Code(1)
            }
        }
    }
}

/// `flush_std_files`: false when `sys.stdout` or `sys.stderr` could not be flushed (an
/// error flushing stdout is reported as unraisable, one flushing stderr is not).
fn flush_at_exit(vm: &mut Vm) -> bool {
    let mut ok = true;
    for name in ["stdout", "stderr"] {
        let Some(f) = sys_get(vm, name) else { continue };
        if f.is_none() {
            continue;
        }
        let closed = attr::getattr_str(vm, &f, "closed").ok().map(|c| vm.truthy(&c).unwrap_or(false)).unwrap_or(false);
        if closed {
            continue;
        }
        if let Err(e) = vm.call_method(&f, "flush", &[]) {
            ok = false;
            if name == "stdout" {
                rpy_lib::write_unraisable(vm, e, None, Some(f));
            }
        }
    }
    // the original streams, when sys.stdout/sys.stderr were replaced
    let _ = rpy_lib::flush_std_streams(vm);
    ok
}

/// Finalisation: flushes the standard streams; 120 when that fails.
pub fn finalize(vm: &mut Vm, status: Status) -> Status {
    rpy_vm::gc::run_pending(vm);
    let flushed = flush_at_exit(vm);
    // CPython's Py_FinalizeEx: a full collection, then the modules' globals are released, so
    // the finalizers of what is left run before the process ends
    rpy_vm::gc::collect_at_exit(vm);
    clear_main_module(vm);
    rpy_vm::gc::run_pending(vm);
    let flushed = if flushed { flush_at_exit(vm) } else { flushed };
    match status {
        Status::SigInt => Status::SigInt,
        _ if !flushed => Status::Code(120),
        s => s,
    }
}

/// Releases the globals of `__main__` as CPython's `_PyModule_ClearDict` does at shutdown:
/// first the names starting with one underscore, then the others (but `__builtins__`), each
/// set to None in insertion order, running the finalizers of what they held.
fn clear_main_module(vm: &mut Vm) {
    let Some(Value::Obj(m)) = vm.dict_get_str(&vm.modules.clone(), "__main__") else { return };
    let Payload::Module { dict } = &m.payload else { return };
    let Payload::Dict(d) = &dict.payload else { return };
    let names: Vec<String> = d
        .borrow()
        .iter()
        .filter_map(|e| match &e.key {
            Value::Obj(k) => match &k.payload {
                Payload::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    let underscore = |n: &String| n.starts_with('_') && !n.starts_with("__");
    for pass in 0..2 {
        for n in &names {
            if (pass == 0) != underscore(n) || n == "__builtins__" {
                continue;
            }
            vm.dict_set_str(dict, n, Value::None);
            rpy_vm::gc::run_pending(vm);
        }
    }
}
