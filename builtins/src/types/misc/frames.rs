//! Traceback objects (`tb_next`, `tb_frame`, `tb_lasti`, `tb_lineno`, `types.TracebackType(...)`)
//! and frame objects (`f_code`, `f_globals`, `f_locals`, `f_lineno`, `f_back`, `f_builtins`).

use crate::args;
use rpy_vm::object::{FrameData, TracebackData};
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;

fn tb_of(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    if let Value::Obj(o) = v {
        if let Payload::Traceback(_) = &o.payload {
            return Ok(o.clone());
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'traceback' object but received a '{tn}'")))
}

fn tb_data(o: &ObjRef) -> &TracebackData {
    match &o.payload {
        Payload::Traceback(t) => t,
        _ => unreachable!("checked by tb_of"),
    }
}

fn frame_of(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    if let Value::Obj(o) = v {
        if let Payload::Frame(_) = &o.payload {
            return Ok(o.clone());
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'frame' object but received a '{tn}'")))
}

fn fdata(o: &ObjRef) -> &FrameData {
    match &o.payload {
        Payload::Frame(f) => f,
        _ => unreachable!("checked by frame_of"),
    }
}

fn int_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => Err(vm.overflow_error("Python int too large to convert to C int")),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("TracebackType() argument '{what}' must be int, not {tn}")))
        }
    }
}

fn tb_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = vm.types.traceback.clone();
    crate::types::object::new_cls(vm, &a, &t, "traceback")?;
    let rest = Args::with_kw(&a.values[1..], a.kwnames);
    let b = args::bind(vm, &rest, &args::Spec { name: "TracebackType", params: &["tb_next", "tb_frame", "tb_lasti", "tb_lineno"], required: 4 })?;
    let next = match b[0].clone().unwrap_or(Value::None) {
        Value::None => None,
        Value::Obj(n) if matches!(n.payload, Payload::Traceback(_)) => Some(n),
        other => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("expected traceback object or None, got '{tn}'")));
        }
    };
    let frame = match b[1].clone().unwrap_or(Value::None) {
        Value::Obj(f) if matches!(f.payload, Payload::Frame(_)) => f,
        other => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("TracebackType() argument 'tb_frame' must be frame, not {tn}")));
        }
    };
    let lasti = int_arg(vm, &b[2].clone().unwrap_or(Value::None), "tb_lasti")?;
    let lineno = int_arg(vm, &b[3].clone().unwrap_or(Value::None), "tb_lineno")?;
    let data = TracebackData { next: RefCell::new(next), frame, lasti: (lasti.max(0) / 2) as usize, lineno: lineno.clamp(0, u32::MAX as i64) as u32 };
    Ok(Value::Obj(ObjRef::new(t, Payload::Traceback(data))))
}

fn tb_next(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = tb_of(vm, v)?;
    let n = tb_data(&o).next.borrow().clone();
    Ok(n.map(Value::Obj).unwrap_or(Value::None))
}

fn tb_set_next(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = tb_of(vm, v)?;
    let Some(new) = new else { return Err(vm.type_error("can't delete tb_next attribute")) };
    let next = match new {
        Value::None => None,
        Value::Obj(n) if matches!(n.payload, Payload::Traceback(_)) => Some(n),
        other => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("expected traceback object, got '{tn}'")));
        }
    };
    // reject loops
    let mut cur = next.clone();
    while let Some(c) = cur {
        if c.is(&o) {
            return Err(vm.value_error("traceback loop detected"));
        }
        cur = tb_data(&c).next.borrow().clone();
    }
    let old = tb_data(&o).next.replace(next);
    drop(old);
    Ok(())
}

fn tb_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = tb_of(vm, v)?;
    Ok(Value::Obj(tb_data(&o).frame.clone()))
}

fn tb_lasti(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = tb_of(vm, v)?;
    Ok(Value::Int(tb_data(&o).lasti as i64 * 2))
}

fn tb_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = tb_of(vm, v)?;
    Ok(Value::Int(tb_data(&o).lineno as i64))
}

fn tb_dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__dir__")?;
    tb_of(vm, &a.values[0])?;
    let items = ["tb_frame", "tb_next", "tb_lasti", "tb_lineno"].iter().map(|s| Value::Obj(vm.intern(s))).collect();
    Ok(vm.new_list(items))
}

fn readonly(vm: &mut Vm, v: &Value, _new: Option<Value>) -> PyResult<()> {
    let _ = v;
    Err(vm.attribute_error("readonly attribute"))
}

// ----- frames ----------------------------------------------------------------------------

fn f_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = frame_of(vm, v)?;
    let c = fdata(&o).code.clone();
    Ok(vm.new_code(c))
}

fn f_globals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = frame_of(vm, v)?;
    Ok(Value::Obj(fdata(&o).globals.clone()))
}

fn f_builtins(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = frame_of(vm, v)?;
    let g = fdata(&o).globals.clone();
    Ok(Value::Obj(match vm.dict_get_str(&g, "__builtins__") {
        Some(Value::Obj(b)) => match &b.payload {
            Payload::Module { dict } => dict.clone(),
            Payload::Dict(_) => b.clone(),
            _ => vm.builtins_dict.clone(),
        },
        _ => vm.builtins_dict.clone(),
    }))
}

/// `f_locals`: the namespace of module/class frames (globals for module code); function frames
/// report the mapping recorded in the snapshot, `{}` when none was.
fn f_locals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = frame_of(vm, v)?;
    let f = fdata(&o);
    if let Some(l) = f.locals.borrow().clone() {
        return Ok(Value::Obj(l));
    }
    if f.code.flags & rpy_vm::bytecode::flags::OPTIMIZED == 0 {
        return Ok(Value::Obj(f.globals.clone()));
    }
    Ok(vm.new_dict())
}

fn f_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = frame_of(vm, v)?;
    Ok(Value::Int(fdata(&o).lineno.get() as i64))
}

fn f_back(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = frame_of(vm, v)?;
    Ok(fdata(&o).back.clone().map(Value::Obj).unwrap_or(Value::None))
}

fn frame_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let o = frame_of(vm, &a.values[0])?;
    let f = fdata(&o);
    let file = vm.str_of(&f.code.filename);
    let name = vm.str_of(&f.code.name);
    let s = format!("<frame at {:#x}, file {}, line {}, code {name}>", o.addr(), rpy_vm::protocol::repr::repr_str(&file), f.lineno.get());
    Ok(vm.new_string(s))
}

static TB_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: tb_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef { name: "__dir__", func: tb_dir, flags: 0, sig: "($self, /)", doc: "Default dir() implementation." },
];

static TB_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "tb_next", get: tb_next, set: Some(tb_set_next), doc: "" },
    GetSetDef { name: "tb_frame", get: tb_frame, set: Some(readonly), doc: "" },
    GetSetDef { name: "tb_lasti", get: tb_lasti, set: Some(readonly), doc: "" },
    GetSetDef { name: "tb_lineno", get: tb_lineno, set: None, doc: "" },
];

static FRAME_METHODS: &[MethodDef] = &[MethodDef { name: "__repr__", func: frame_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." }];

static FRAME_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "f_code", get: f_code, set: None, doc: "" },
    GetSetDef { name: "f_globals", get: f_globals, set: None, doc: "" },
    GetSetDef { name: "f_builtins", get: f_builtins, set: None, doc: "" },
    GetSetDef { name: "f_locals", get: f_locals, set: None, doc: "" },
    GetSetDef { name: "f_lineno", get: f_lineno, set: None, doc: "" },
    GetSetDef { name: "f_back", get: f_back, set: None, doc: "" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.traceback.clone();
    vm.add_methods(&t, TB_METHODS);
    vm.add_getsets(&t, TB_GETSETS);
    let d = vm.new_str("TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)\n--\n\nCreate a new traceback object.");
    vm.type_set_attr(&t, "__doc__", d);
    let t = vm.types.frame.clone();
    vm.add_methods(&t, FRAME_METHODS);
    vm.add_getsets(&t, FRAME_GETSETS);
}
