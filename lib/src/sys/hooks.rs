//! `sys.displayhook` (show an expression statement's value in the REPL and keep it in
//! `builtins._`) and `sys.excepthook` (print an uncaught exception's traceback to sys.stderr).

use super::functions::{one, positional};
use rpy_vm::error::traceback::{format_exception, print_to_stderr};
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::protocol::repr;
use rpy_vm::{Payload, PyResult, Value, Vm};

fn sys_get(vm: &Vm, name: &str) -> Option<Value> {
    let d = vm.sys_dict.clone()?;
    vm.dict_get_str(&d, name)
}

fn displayhook(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "displayhook")?;
    if v.is_none() {
        return Ok(Value::None);
    }
    let b = vm.builtins_dict.clone();
    // cleared first so that repr() of the value never sees the old one
    vm.dict_set_str(&b, "_", Value::None);
    let text = repr::repr(vm, &v)?;
    let out = match sys_get(vm, "stdout") {
        Some(o) if !o.is_none() => o,
        _ => return Err(vm.runtime_error("lost sys.stdout")),
    };
    let s = vm.new_string(text);
    vm.call_method(&out, "write", &[s])?;
    let nl = vm.new_str("\n");
    vm.call_method(&out, "write", &[nl])?;
    vm.dict_set_str(&b, "_", v);
    Ok(Value::None)
}

fn excepthook(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "excepthook", 3, 3)?;
    let value = a.values[1].clone();
    let tb = a.values[2].clone();
    let err = match sys_get(vm, "stderr") {
        None => {
            print_to_stderr("lost sys.stderr\n")?;
            return Ok(Value::None);
        }
        Some(Value::None) => return Ok(Value::None),
        Some(f) => f,
    };
    let base = vm.types.base_exception.clone();
    let text = if vm.is_instance_of(&value, &base) {
        if let (Value::Obj(e), Value::Obj(t)) = (&value, &tb) {
            if let (Payload::Exception(d), Payload::Traceback(_)) = (&e.payload, &t.payload) {
                let mut d = d.borrow_mut();
                if d.traceback.is_none() {
                    d.traceback = Some(t.clone());
                }
            }
        }
        format_exception(vm, &value)
    } else {
        let tn = vm.type_name(&value);
        format!("TypeError: print_exception(): Exception expected for value, {tn} found\n")
    };
    let s = vm.new_string(text);
    vm.call_method(&err, "write", &[s])?;
    // like CPython, a failing flush is ignored
    let _ = vm.call_method(&err, "flush", &[]);
    Ok(Value::None)
}

pub static FUNCS: &[MethodDef] = &[
    MethodDef {
        name: "displayhook",
        func: displayhook,
        flags: 0,
        sig: "($module, object, /)",
        doc: "Print an object to sys.stdout and also save it in builtins._",
    },
    MethodDef {
        name: "excepthook",
        func: excepthook,
        flags: 0,
        sig: "($module, exctype, value, traceback, /)",
        doc: "Handle an exception by displaying it with a traceback on sys.stderr.",
    },
];
