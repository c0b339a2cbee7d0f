//! Unraisable exceptions (raised where nobody can catch them: `__del__`, flushing at exit, …):
//! `sys.unraisablehook`, its `UnraisableHookArgs` struct sequence, and `write_unraisable`, the
//! interpreter's entry point (CPython's `PyErr_WriteUnraisable`).

use super::functions::one;
use crate::structseq::{self, StructSeqDesc};
use rpy_vm::error::traceback::{format_exception, format_exception_only};
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::objects::typeobj::type_data;
use rpy_vm::protocol::{attr, repr};
use rpy_vm::{ObjRef, Payload, PyErr, PyResult, Value, Vm};

static ARGS: StructSeqDesc = StructSeqDesc {
    name: "UnraisableHookArgs",
    module: "builtins",
    doc: "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.",
    fields: &["exc_type", "exc_value", "exc_traceback", "err_msg", "object"],
    n_in_sequence: 5,
    instantiable: false,
};

fn args_type(vm: &mut Vm) -> ObjRef {
    if let Some(t) = crate::state::with(vm, |s| s.unraisable_args.clone()) {
        return t;
    }
    let t = structseq::new_type(vm, &ARGS);
    crate::state::with(vm, |s| s.unraisable_args = Some(t.clone()));
    t
}

fn sys_get(vm: &Vm, name: &str) -> Option<Value> {
    let d = vm.sys_dict.clone()?;
    vm.dict_get_str(&d, name)
}

/// The traceback lines of `value` (with `tb` as its traceback), without the exception line
/// and without chained exceptions.
fn traceback_text(vm: &mut Vm, value: &ObjRef, tb: &Value) -> String {
    let Payload::Exception(d) = &value.payload else { return String::new() };
    let saved = {
        let mut d = d.borrow_mut();
        let tb_obj = match tb {
            Value::Obj(t) if matches!(t.payload, Payload::Traceback(_)) => Some(t.clone()),
            _ => None,
        };
        let saved = (d.traceback.clone(), d.cause.take(), d.context.take(), d.suppress_context);
        d.traceback = tb_obj;
        saved
    };
    let v = Value::Obj(value.clone());
    let full = format_exception(vm, &v);
    let only = format_exception_only(vm, &v);
    {
        let mut d = d.borrow_mut();
        d.traceback = saved.0;
        d.cause = saved.1;
        d.context = saved.2;
        d.suppress_context = saved.3;
    }
    full.strip_suffix(&only).unwrap_or("").to_string()
}

/// CPython's `write_unraisable_exc_file`.
fn write_default(vm: &mut Vm, exc_type: &Value, exc_value: &Value, exc_tb: &Value, err_msg: &Value, obj: &Value) -> PyResult<()> {
    let file = match sys_get(vm, "stderr") {
        None | Some(Value::None) => return Ok(()),
        Some(f) => f,
    };
    let mut out = String::new();
    if !obj.is_none() {
        if err_msg.is_none() {
            out.push_str("Exception ignored in: ");
        } else {
            out.push_str(&vm.to_string(err_msg)?);
            out.push_str(": ");
        }
        match repr::repr(vm, obj) {
            Ok(r) => out.push_str(&r),
            Err(_) => out.push_str("<object repr() failed>"),
        }
        out.push('\n');
    } else if !err_msg.is_none() {
        out.push_str(&vm.to_string(err_msg)?);
        out.push_str(":\n");
    }
    if !exc_tb.is_none() {
        if let Value::Obj(e) = exc_value {
            out.push_str(&traceback_text(vm, e, exc_tb));
        }
    }
    if let Value::Obj(t) = exc_type {
        if matches!(t.payload, Payload::Type(_)) {
            match attr::getattr_str_opt(vm, exc_type, "__module__") {
                Ok(Some(Value::Obj(m))) if matches!(m.payload, Payload::Str(_)) => {
                    let m = vm.str_of(&m);
                    if m != "builtins" && m != "__main__" {
                        out.push_str(&m);
                        out.push('.');
                    }
                }
                _ => out.push_str("<unknown>"),
            }
            out.push_str(&type_data(t).qualname.borrow());
            if !exc_value.is_none() {
                out.push_str(": ");
                match vm.to_string(exc_value) {
                    Ok(s) => out.push_str(&s),
                    Err(_) => out.push_str("<exception str() failed>"),
                }
            }
            out.push('\n');
        }
    }
    let s = vm.new_string(out);
    vm.call_method(&file, "write", &[s])?;
    vm.call_method(&file, "flush", &[])?;
    Ok(())
}

fn is_default_hook(hook: &Value) -> bool {
    match hook {
        Value::Obj(o) => match &o.payload {
            Payload::Builtin(b) => b.bound_is_module && b.name == "unraisablehook",
            _ => false,
        },
        _ => false,
    }
}

/// Reports an exception nobody can catch, as `PyErr_WriteUnraisable` /
/// `_PyErr_WriteUnraisableMsg`: through `sys.unraisablehook`, printing "Exception ignored
/// in: <repr of obj>" (or "<err_msg>: <repr of obj>") and the traceback by default. Never fails.
pub fn write_unraisable(vm: &mut Vm, err: PyErr, err_msg: Option<&str>, obj: Option<Value>) {
    let value = Value::Obj(err.0.clone());
    let exc_type = Value::Obj(vm.type_of(&value));
    let tb = match &err.0.payload {
        Payload::Exception(d) => d.borrow().traceback.clone().map(Value::Obj).unwrap_or(Value::None),
        _ => Value::None,
    };
    let msg = match err_msg {
        Some(m) => vm.new_str(m),
        None => Value::None,
    };
    let obj = obj.unwrap_or(Value::None);
    let hook = sys_get(vm, "unraisablehook");
    let result = match hook {
        None | Some(Value::None) => write_default(vm, &exc_type, &value, &tb, &msg, &obj),
        Some(h) if is_default_hook(&h) => write_default(vm, &exc_type, &value, &tb, &msg, &obj),
        Some(h) => {
            let t = args_type(vm);
            let args = structseq::new_instance(vm, &t, vec![exc_type.clone(), value.clone(), tb.clone(), msg.clone(), obj.clone()]);
            match vm.call(&h, &[args]) {
                Ok(_) => Ok(()),
                Err(e2) => {
                    let v2 = Value::Obj(e2.0.clone());
                    let t2 = Value::Obj(vm.type_of(&v2));
                    let tb2 = match &e2.0.payload {
                        Payload::Exception(d) => d.borrow().traceback.clone().map(Value::Obj).unwrap_or(Value::None),
                        _ => Value::None,
                    };
                    let m2 = vm.new_str("Exception ignored in sys.unraisablehook");
                    write_default(vm, &t2, &v2, &tb2, &m2, &h)
                }
            }
        }
    };
    // nothing more can be done if even that fails
    drop(result);
}

fn unraisablehook(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "unraisablehook")?;
    let t = args_type(vm);
    if !vm.type_of(&v).is(&t) {
        return Err(vm.type_error("sys.unraisablehook argument type must be UnraisableHookArgs"));
    }
    let f: Vec<Value> = match &v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(items) => items.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    if f.len() != 5 {
        return Err(vm.type_error("sys.unraisablehook argument type must be UnraisableHookArgs"));
    }
    if !f[0].is_none() && !matches!(&f[0], Value::Obj(o) if matches!(o.payload, Payload::Type(_))) {
        return Err(vm.type_error("exc_type must be a type or None"));
    }
    write_default(vm, &f[0], &f[1], &f[2], &f[3], &f[4])?;
    Ok(Value::None)
}

pub static FUNCS: &[MethodDef] = &[MethodDef {
    name: "unraisablehook",
    func: unraisablehook,
    flags: 0,
    sig: "($module, unraisable, /)",
    doc: "Handle an unraisable exception.\n\nThe unraisable argument has the following attributes:\n\n* exc_type: Exception type.\n* exc_value: Exception value, can be None.\n* exc_traceback: Exception traceback, can be None.\n* err_msg: Error message, can be None.\n* object: Object causing the exception, can be None.",
}];

#[cfg(test)]
mod tests {
    use rpy_vm::{Value, Vm};

    /// Runs `src` in a fresh interpreter whose sys.stderr collects what is written to it.
    fn with_captured_stderr(src: &str, then: impl FnOnce(&mut Vm)) -> String {
        // free one object first so the object heap's thread-local outlives the VM's other
        // thread-locals that hold objects (they are dropped at thread exit)
        drop(rpy_vm::ObjRef::new_unclassed(rpy_vm::Payload::Plain));
        let mut vm = Vm::new();
        rpy_builtins::init(&mut vm);
        crate::init(&mut vm, crate::Config::default()).expect("init");
        let g = vm.new_dict_obj();
        let b = Value::Obj(vm.builtins.clone());
        vm.dict_set_str(&g, "__builtins__", b);
        let setup = "import sys\nclass W:\n    def __init__(self): self.parts = []\n    def write(self, s): self.parts.append(s)\n    def flush(self): pass\nsys.stderr = W()\n";
        rpy_vm::run::exec_source(&mut vm, &format!("{setup}{src}"), "<test>", &g).expect("setup runs");
        then(&mut vm);
        rpy_vm::run::exec_source(&mut vm, "out = ''.join(sys.stderr.parts)\n", "<test>", &g).expect("join runs");
        match vm.dict_get_str(&g, "out") {
            Some(Value::Obj(o)) => vm.str_of(&o),
            _ => String::new(),
        }
    }

    #[test]
    fn default_hook_output() {
        let out = with_captured_stderr("", |vm| {
            let e = vm.value_error("boom");
            let obj = vm.new_str("the object");
            super::write_unraisable(vm, e, None, Some(obj));
        });
        assert_eq!(out, "Exception ignored in: 'the object'\nValueError: boom\n");
        let out = with_captured_stderr("", |vm| {
            let e = vm.runtime_error("x");
            super::write_unraisable(vm, e, Some("Exception ignored on flushing"), None);
        });
        assert_eq!(out, "Exception ignored on flushing:\nRuntimeError: x\n");
    }

    #[test]
    fn custom_hook_and_failing_hook() {
        let out = with_captured_stderr(
            "def h(u): sys.stderr.write(f'{type(u).__name__} {u.exc_type.__name__} {u.exc_value} {u.err_msg} {u.object}\\n')\nsys.unraisablehook = h\n",
            |vm| {
                let e = vm.value_error("v");
                super::write_unraisable(vm, e, Some("msg"), Some(Value::Int(5)));
            },
        );
        assert_eq!(out, "UnraisableHookArgs ValueError v msg 5\n");
        let out = with_captured_stderr("def h(u): raise KeyError('k')\nsys.unraisablehook = h\n", |vm| {
            let e = vm.value_error("v");
            super::write_unraisable(vm, e, None, None);
        });
        assert!(out.starts_with("Exception ignored in sys.unraisablehook: <function h at 0x"), "{out}");
        assert!(out.ends_with("KeyError: 'k'\n"), "{out}");
    }
}
