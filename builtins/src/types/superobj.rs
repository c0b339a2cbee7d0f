//! `super`: `super(type, obj)` construction and its attributes (attribute lookup through the
//! MRO lives in the vm's attribute protocol; zero-argument `super()` reads the caller's frame).

use crate::args;
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

fn super_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() == 1 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(format!("super() expected at most 2 arguments, got {}", pos.len() - 1)));
    }
    let cls = match &pos[0] {
        Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => vm.types.super_.clone(),
    };
    let ty = match &pos[1] {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
        }
    };
    let bound = match pos.get(2) {
        Some(obj) => rpy_vm::protocol::frameops::new_super(vm, &ty, obj.clone())?,
        None => Value::Obj(ObjRef::new(vm.types.super_.clone(), Payload::Super { ty, obj: Value::None, obj_type: None })),
    };
    Ok(with_class(vm, &cls, bound))
}

/// `bound` (a `super` object) as an instance of `cls` (super or a subclass of it).
fn with_class(vm: &mut Vm, cls: &ObjRef, bound: Value) -> Value {
    if cls.is(&vm.types.super_) {
        return bound;
    }
    let Value::Obj(b) = &bound else { return bound };
    let Payload::Super { ty, obj, obj_type } = &b.payload else { return bound };
    let payload = Payload::Super { ty: ty.clone(), obj: obj.clone(), obj_type: obj_type.clone() };
    Value::Obj(crate::types::object::alloc(vm, cls, payload))
}

/// `super.__get__(obj, type=None)`: an unbound super found on a class binds to the instance
/// (a subclass of super is called to do it).
fn super_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "__get__", 2, 3)?;
    let this = a.values[0].clone();
    let obj = a.values[1].clone();
    let Value::Obj(o) = &this else { return Err(vm.type_error("descriptor '__get__' requires a 'super' object")) };
    let Payload::Super { ty, obj: sobj, .. } = &o.payload else {
        let tn = vm.type_name(&this);
        return Err(vm.type_error(format!("descriptor '__get__' requires a 'super' object but received a '{tn}'")));
    };
    if obj.is_none() || !sobj.is_none() {
        return Ok(this);
    }
    let ty = Value::Obj(ty.clone());
    let cls = o.class();
    if !cls.is(&vm.types.super_) {
        return vm.call(&Value::Obj(cls), &[ty, obj]);
    }
    let Value::Obj(t) = &ty else { return Ok(this) };
    rpy_vm::protocol::frameops::new_super(vm, t, obj)
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
    MethodDef {
        name: "__get__",
        func: super_get,
        flags: 0,
        sig: "($self, instance, owner=None, /)",
        doc: "Return an attribute of instance, which is of type owner.",
    },
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
