//! Builtins that read the calling frame: `locals()`, `globals()`, `vars()`, `dir()`, `eval`,
//! `exec`, and zero-argument `super()`.

use crate::error::PyResult;
use crate::interp::Frame;
use crate::object::{ObjRef, Payload};
use crate::objects::native::Args;
use crate::value::Value;
use crate::vm::Vm;

/// The locals of a frame as a mapping (a snapshot dict for function frames).
pub fn frame_locals(vm: &mut Vm, f: &Frame) -> PyResult<Value> {
    if let Some(m) = &f.locals_map {
        return Ok(m.clone());
    }
    let d = vm.new_dict_obj();
    let code = f.code.clone();
    for (i, name) in code.varnames.iter().enumerate() {
        if let Some(Some(v)) = f.locals.get(i) {
            if code.cellvars.iter().any(|c| c.is(name)) {
                continue;
            }
            crate::protocol::dictops::dict_setitem(vm, &d, Value::Obj(name.clone()), v.clone())?;
        }
    }
    for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        if let Some(cell) = f.cells.get(i) {
            if let Payload::Cell(c) = &cell.payload {
                let v = c.borrow().clone();
                if let Some(v) = v {
                    crate::protocol::dictops::dict_setitem(vm, &d, Value::Obj(name.clone()), v)?;
                }
            }
        }
    }
    Ok(Value::Obj(d))
}

/// The hook the builtins crate installs to run `eval`/`exec`/`dir`/`vars` with frame data.
pub type FrameBuiltin = fn(&mut Vm, &str, Value, Value, Args) -> PyResult<Value>;

thread_local! {
    pub static FRAME_BUILTIN_HOOK: std::cell::Cell<Option<FrameBuiltin>> = const { std::cell::Cell::new(None) };
}

pub fn call_frame_builtin(vm: &mut Vm, f: &mut Frame, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "globals" => Ok(Value::Obj(f.globals.clone())),
        "locals" => frame_locals(vm, f),
        _ => {
            let globals = Value::Obj(f.globals.clone());
            let locals = frame_locals(vm, f)?;
            match FRAME_BUILTIN_HOOK.with(|h| h.get()) {
                Some(h) => h(vm, name, globals, locals, args),
                None => Err(vm.system_error(format!("{name}() is not available"))),
            }
        }
    }
}

/// `super()` with no arguments: `__class__` cell and the first argument of the frame.
pub fn zero_arg_super(vm: &mut Vm, f: &mut Frame) -> PyResult<Value> {
    let code = f.code.clone();
    if code.argcount == 0 && code.flags & crate::bytecode::flags::VARARGS == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let first = match f.locals.first().cloned().flatten() {
        Some(v) => v,
        None => {
            // the first argument may live in a cell
            let name0 = code.varnames.first().cloned();
            let mut found = None;
            if let Some(n0) = name0 {
                for (i, c) in code.cellvars.iter().enumerate() {
                    if c.is(&n0) {
                        if let Payload::Cell(cell) = &f.cells[i].payload {
                            found = cell.borrow().clone();
                        }
                    }
                }
            }
            match found {
                Some(v) => v,
                None => return Err(vm.runtime_error("super(): arg[0] deleted")),
            }
        }
    };
    let idx = code.freevars.iter().position(|n| vm.str_of(n) == "__class__");
    let cls = match idx {
        Some(i) => match &f.cells[code.cellvars.len() + i].payload {
            Payload::Cell(c) => c.borrow().clone(),
            _ => None,
        },
        None => return Err(vm.runtime_error("super(): __class__ cell not found")),
    };
    let cls = match cls {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c,
        Some(_) => return Err(vm.runtime_error("super(): __class__ is not a type (NoneType)")),
        None => return Err(vm.runtime_error("super(): empty __class__ cell")),
    };
    new_super(vm, &cls, first)
}

pub fn new_super(vm: &mut Vm, ty: &ObjRef, obj: Value) -> PyResult<Value> {
    let obj_type = match &obj {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && crate::objects::typeobj::is_subtype(o, ty) => Some(o.clone()),
        _ => {
            let t = vm.type_of(&obj);
            if crate::objects::typeobj::is_subtype(&t, ty) {
                Some(t)
            } else {
                return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
            }
        }
    };
    Ok(Value::Obj(ObjRef::new(vm.types.super_.clone(), Payload::Super { ty: ty.clone(), obj, obj_type })))
}
