//! `types.UnionType`: the result of `X | Y` on types (`int | str`), usable with isinstance and
//! issubclass.

use crate::args;
use rpy_vm::objects::native::{Args, GetSetDef, MethodDef};
use rpy_vm::objects::typeobj::{tflags, type_data};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;

thread_local! {
    static UNION_TYPE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

fn union_type() -> Option<ObjRef> {
    UNION_TYPE.with(|u| u.borrow().clone())
}

pub fn is_union(v: &Value) -> bool {
    match (v, union_type()) {
        (Value::Obj(o), Some(t)) => o.class().is(&t),
        _ => false,
    }
}

/// The member types of a union (stored as a native payload so it is not mistaken for a tuple).
struct Members(Vec<Value>);

fn members(v: &Value) -> Vec<Value> {
    if let Value::Obj(o) = v {
        if is_union(v) {
            if let Payload::Native(n) = &o.payload {
                if let Some(m) = n.downcast_ref::<Members>() {
                    return m.0.clone();
                }
            }
        }
    }
    vec![v.clone()]
}

fn unionable(vm: &Vm, v: &Value) -> bool {
    v.is_none() || is_union(v) || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Type(_))) || {
        let _ = vm;
        false
    }
}

/// `a | b` for types, None and unions.
pub fn make_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !unionable(vm, a) || !unionable(vm, b) {
        return Ok(vm.not_implemented());
    }
    let mut items: Vec<Value> = Vec::new();
    for m in members(a).into_iter().chain(members(b)) {
        let m = if m.is_none() { Value::Obj(vm.types.none_type.clone()) } else { m };
        if !items.iter().any(|x| x.is(&m)) {
            items.push(m);
        }
    }
    if items.len() == 1 {
        return Ok(items.remove(0));
    }
    let Some(t) = union_type() else { return Ok(vm.not_implemented()) };
    Ok(Value::Obj(ObjRef::new(t, Payload::Native(Box::new(Members(items))))))
}

fn union_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, "__or__")?;
    make_union(vm, &a.values[0], &other)
}

fn union_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, "__ror__")?;
    make_union(vm, &other, &a.values[0])
}

fn union_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut parts = Vec::new();
    for m in members(&a.values[0]) {
        match &m {
            Value::Obj(o) if o.is(&vm.types.none_type) => parts.push("None".to_string()),
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => parts.push(rpy_vm::protocol::repr::type_qualified_name(vm, o)),
            other => parts.push(rpy_vm::protocol::repr::repr(vm, other)?),
        }
    }
    Ok(vm.new_string(parts.join(" | ")))
}

fn union_instancecheck(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = args::one_arg(vm, &a, "__instancecheck__")?;
    for m in members(&a.values[0]) {
        if crate::types::typeobj::instance_check(vm, &obj, &m)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn union_subclasscheck(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sub = args::one_arg(vm, &a, "__subclasscheck__")?;
    for m in members(&a.values[0]) {
        if crate::types::typeobj::subclass_check(vm, &sub, &m)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn union_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, "__eq__")?;
    if !is_union(&other) {
        return Ok(vm.not_implemented());
    }
    let (x, y) = (members(&a.values[0]), members(&other));
    Ok(Value::Bool(x.len() == y.len() && x.iter().all(|m| y.iter().any(|n| n.is(m)))))
}

fn union_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fs = vm.new_set_obj(true);
    for m in members(&a.values[0]) {
        rpy_vm::protocol::setops::set_add(vm, &fs, m)?;
    }
    let h = vm.hash(&Value::Obj(fs))?;
    Ok(Value::Int(h))
}

fn get_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_tuple(members(v)))
}

fn type_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, "__or__")?;
    make_union(vm, &a.values[0], &other)
}

fn type_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, "__ror__")?;
    make_union(vm, &other, &a.values[0])
}

static METHODS: &[MethodDef] = &[
    MethodDef { name: "__or__", func: union_or, flags: 0, sig: "($self, value, /)", doc: "Return self|value." },
    MethodDef { name: "__ror__", func: union_ror, flags: 0, sig: "($self, value, /)", doc: "Return value|self." },
    MethodDef { name: "__repr__", func: union_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__instancecheck__", func: union_instancecheck, flags: 0, sig: "($self, instance, /)", doc: "Check if an object is an instance." },
    MethodDef { name: "__subclasscheck__", func: union_subclasscheck, flags: 0, sig: "($self, subclass, /)", doc: "Check if a class is a subclass." },
    MethodDef { name: "__eq__", func: union_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__hash__", func: union_hash, flags: 0, sig: "($self, /)", doc: "Return hash(self)." },
];

static GETSETS: &[GetSetDef] = &[GetSetDef { name: "__args__", get: get_args, set: None, doc: "" }];

static TYPE_OR: &[MethodDef] = &[
    MethodDef { name: "__or__", func: type_or, flags: 0, sig: "($self, value, /)", doc: "Return self|value." },
    MethodDef { name: "__ror__", func: type_ror, flags: 0, sig: "($self, value, /)", doc: "Return value|self." },
];

pub fn init(vm: &mut Vm) {
    let ut = crate::types::typeobj::new_static_type(vm, "UnionType", "types");
    let td = type_data(&ut);
    td.flags.set(td.flags.get() & !tflags::BASETYPE);
    vm.add_methods(&ut, METHODS);
    vm.add_getsets(&ut, GETSETS);
    UNION_TYPE.with(|u| *u.borrow_mut() = Some(ut));
    let tt = vm.types.type_.clone();
    vm.add_methods(&tt, TYPE_OR);
    let nt = vm.types.none_type.clone();
    vm.add_methods(&nt, TYPE_OR_NONE);
}

fn none_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, "__or__")?;
    if matches!(other, Value::Obj(ref o) if matches!(o.payload, Payload::Type(_))) || is_union(&other) {
        return make_union(vm, &Value::None, &other);
    }
    Ok(vm.not_implemented())
}

fn none_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, "__ror__")?;
    if matches!(other, Value::Obj(ref o) if matches!(o.payload, Payload::Type(_))) || is_union(&other) {
        return make_union(vm, &other, &Value::None);
    }
    Ok(vm.not_implemented())
}

static TYPE_OR_NONE: &[MethodDef] = &[
    MethodDef { name: "__or__", func: none_or, flags: 0, sig: "($self, value, /)", doc: "Return self|value." },
    MethodDef { name: "__ror__", func: none_ror, flags: 0, sig: "($self, value, /)", doc: "Return value|self." },
];
