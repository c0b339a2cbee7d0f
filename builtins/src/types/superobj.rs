//! `super`: `super(type, obj)` construction and its attributes (attribute lookup through the
//! MRO lives in the vm's attribute protocol; zero-argument `super()` reads the caller's frame).

use crate::args;
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::{Payload, PyResult, Value, Vm};

fn super_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() == 1 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let ty = match &pos[1] {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
        }
    };
    if pos.len() == 2 {
        return Ok(Value::Obj(rpy_vm::ObjRef::new(vm.types.super_.clone(), Payload::Super { ty, obj: Value::None, obj_type: None })));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(format!("super() takes at most 2 arguments ({} given)", pos.len() - 1)));
    }
    rpy_vm::protocol::frameops::new_super(vm, &ty, pos[2].clone())
}

fn super_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let _ = (vm, a);
    Ok(Value::None)
}

fn super_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let Value::Obj(o) = &a.values[0] else { return Ok(vm.new_str("<super>")) };
    let Payload::Super { ty, obj_type, .. } = &o.payload else { return Ok(vm.new_str("<super>")) };
    let tn = rpy_vm::objects::typeobj::type_data(ty).name.borrow().clone();
    let s = match obj_type {
        Some(t) => format!("<super: <class '{}'>, <{} object>>", tn, rpy_vm::objects::typeobj::type_data(t).name.borrow()),
        None => format!("<super: <class '{tn}'>, NULL>"),
    };
    Ok(vm.new_string(s))
}

fn get_thisclass(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Super { ty, .. } => Ok(Value::Obj(ty.clone())),
            _ => Ok(Value::None),
        },
        _ => Err(vm.type_error("super expected")),
    }
}

fn get_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Super { obj, .. } => Ok(obj.clone()),
            _ => Ok(Value::None),
        },
        _ => Err(vm.type_error("super expected")),
    }
}

fn get_self_class(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Super { obj_type, .. } => Ok(obj_type.clone().map(Value::Obj).unwrap_or(Value::None)),
            _ => Ok(Value::None),
        },
        _ => Err(vm.type_error("super expected")),
    }
}

static METHODS: &[MethodDef] = &[
    MethodDef { name: "__new__", func: super_new, flags: mflags::STATIC, sig: "", doc: "super() -> same as super(__class__, <first argument>)" },
    MethodDef { name: "__init__", func: super_init, flags: 0, sig: "($self, /, *args, **kwargs)", doc: "Initialize self." },
    MethodDef { name: "__repr__", func: super_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__thisclass__", get: get_thisclass, set: None, doc: "the class invoking super()" },
    GetSetDef { name: "__self__", get: get_self, set: None, doc: "the instance invoking super(); may be None" },
    GetSetDef { name: "__self_class__", get: get_self_class, set: None, doc: "the type of the instance invoking super(); may be None" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.super_.clone();
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
}
