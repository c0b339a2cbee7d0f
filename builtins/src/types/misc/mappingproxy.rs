//! `mappingproxy`: a read-only view of a mapping (class `__dict__`s, `types.MappingProxyType`)
//! that forwards lookups, iteration, comparison and copying to the mapping.

use crate::args;
use rpy_vm::bytecode::{BinOp, CmpOp};
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::protocol::{attr, compare, number, repr, seq};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

fn mapping_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if let Payload::MappingProxy(m) = &o.payload {
            return Ok(m.clone());
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'mappingproxy' object but received a '{tn}'")))
}

fn is_mapping(vm: &Vm, v: &Value) -> bool {
    if let Value::Obj(o) = v {
        if matches!(o.payload, Payload::List(_) | Payload::Tuple(_)) {
            return false;
        }
        if matches!(o.payload, Payload::Dict(_) | Payload::MappingProxy(_)) {
            return true;
        }
    }
    match v {
        Value::Obj(_) => attr::lookup_special(vm, v, "__getitem__").is_some(),
        _ => false,
    }
}

fn mp_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = vm.types.mappingproxy.clone();
    crate::types::object::new_cls(vm, &a, &t, "mappingproxy")?;
    let rest = Args::with_kw(&a.values[1..], a.kwnames);
    let b = args::bind(vm, &rest, &args::Spec { name: "mappingproxy", params: &["mapping"], required: 1 })?;
    let m = b[0].clone().unwrap_or(Value::None);
    if !is_mapping(vm, &m) {
        let tn = vm.type_name(&m);
        return Err(vm.type_error(format!("mappingproxy() argument must be a mapping, not {tn}")));
    }
    Ok(Value::Obj(ObjRef::new(t, Payload::MappingProxy(m))))
}

fn mp_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = args::one_arg(vm, &a, "__getitem__")?;
    let m = mapping_of(vm, &a.values[0])?;
    seq::getitem(vm, &m, &k)
}

fn mp_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__len__")?;
    let m = mapping_of(vm, &a.values[0])?;
    Ok(Value::Int(seq::len(vm, &m)? as i64))
}

fn mp_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__iter__")?;
    let m = mapping_of(vm, &a.values[0])?;
    seq::get_iter(vm, &m)
}

fn mp_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = args::one_arg(vm, &a, "__contains__")?;
    let m = mapping_of(vm, &a.values[0])?;
    Ok(Value::Bool(seq::contains(vm, &m, &k)?))
}

fn forward(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    args::no_args(vm, a, name)?;
    let m = mapping_of(vm, &a.values[0])?;
    vm.call_method(&m, name, &[])
}

fn mp_keys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    forward(vm, &a, "keys")
}

fn mp_values(vm: &mut Vm, a: Args) -> PyResult<Value> {
    forward(vm, &a, "values")
}

fn mp_items(vm: &mut Vm, a: Args) -> PyResult<Value> {
    forward(vm, &a, "items")
}

fn mp_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    forward(vm, &a, "copy")
}

fn mp_reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    forward(vm, &a, "__reversed__")
}

fn mp_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_kwargs(vm, &a, "get")?;
    let n = a.len() - 1;
    if !(1..=2).contains(&n) {
        let msg = if n < 1 { format!("get expected at least 1 argument, got {n}") } else { format!("get expected at most 2 arguments, got {n}") };
        return Err(vm.type_error(msg));
    }
    let m = mapping_of(vm, &a.values[0])?;
    let k = a.values[1].clone();
    let d = a.pos().get(2).cloned().unwrap_or(Value::None);
    vm.call_method(&m, "get", &[k, d])
}

fn mp_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let m = mapping_of(vm, &a.values[0])?;
    let r = repr::repr(vm, &m)?;
    Ok(vm.new_string(format!("mappingproxy({r})")))
}

fn mp_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__str__")?;
    let m = mapping_of(vm, &a.values[0])?;
    vm.to_str(&m)
}

fn compare_with(vm: &mut Vm, a: Args, op: CmpOp, name: &str) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, name)?;
    let m = mapping_of(vm, &a.values[0])?;
    compare::rich_compare(vm, &m, &other, op)
}

macro_rules! mp_cmp {
    ($f:ident, $op:expr, $name:literal) => {
        fn $f(vm: &mut Vm, a: Args) -> PyResult<Value> {
            compare_with(vm, a, $op, $name)
        }
    };
}
mp_cmp!(mp_lt, CmpOp::Lt, "__lt__");
mp_cmp!(mp_le, CmpOp::Le, "__le__");
mp_cmp!(mp_eq, CmpOp::Eq, "__eq__");
mp_cmp!(mp_ne, CmpOp::Ne, "__ne__");
mp_cmp!(mp_gt, CmpOp::Gt, "__gt__");
mp_cmp!(mp_ge, CmpOp::Ge, "__ge__");

fn unwrap_proxy(v: &Value) -> Value {
    if let Value::Obj(o) = v {
        if let Payload::MappingProxy(m) = &o.payload {
            return m.clone();
        }
    }
    v.clone()
}

fn mp_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, "__or__")?;
    let (l, r) = (unwrap_proxy(&a.values[0]), unwrap_proxy(&other));
    number::binary_op(vm, &l, &r, BinOp::Or, false)
}

fn mp_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, "__ror__")?;
    let (l, r) = (unwrap_proxy(&other), unwrap_proxy(&a.values[0]));
    number::binary_op(vm, &l, &r, BinOp::Or, false)
}

fn mp_ior(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::one_arg(vm, &a, "__ior__")?;
    let tn = vm.type_name(&a.values[0]);
    Err(vm.type_error(format!("'|=' is not supported by {tn}; use '|' instead")))
}

fn mp_class_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let item = args::one_arg(vm, &a, "__class_getitem__")?;
    super::generic_alias(vm, &a.values[0], item)
}

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: mp_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef { name: "__getitem__", func: mp_getitem, flags: 0, sig: "($self, key, /)", doc: "Return self[key]." },
    MethodDef { name: "__len__", func: mp_len, flags: 0, sig: "($self, /)", doc: "Return len(self)." },
    MethodDef { name: "__iter__", func: mp_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__contains__", func: mp_contains, flags: 0, sig: "($self, key, /)", doc: "Return key in self." },
    MethodDef { name: "__reversed__", func: mp_reversed, flags: 0, sig: "", doc: "D.__reversed__() -> reverse iterator" },
    MethodDef { name: "keys", func: mp_keys, flags: 0, sig: "", doc: "D.keys() -> a set-like object providing a view on D's keys" },
    MethodDef { name: "values", func: mp_values, flags: 0, sig: "", doc: "D.values() -> an object providing a view on D's values" },
    MethodDef { name: "items", func: mp_items, flags: 0, sig: "", doc: "D.items() -> a set-like object providing a view on D's items" },
    MethodDef { name: "get", func: mp_get, flags: 0, sig: "", doc: "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None." },
    MethodDef { name: "copy", func: mp_copy, flags: 0, sig: "", doc: "D.copy() -> a shallow copy of D" },
    MethodDef { name: "__repr__", func: mp_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__str__", func: mp_str, flags: 0, sig: "($self, /)", doc: "Return str(self)." },
    MethodDef { name: "__lt__", func: mp_lt, flags: 0, sig: "($self, value, /)", doc: "Return self<value." },
    MethodDef { name: "__le__", func: mp_le, flags: 0, sig: "($self, value, /)", doc: "Return self<=value." },
    MethodDef { name: "__eq__", func: mp_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: mp_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__gt__", func: mp_gt, flags: 0, sig: "($self, value, /)", doc: "Return self>value." },
    MethodDef { name: "__ge__", func: mp_ge, flags: 0, sig: "($self, value, /)", doc: "Return self>=value." },
    MethodDef { name: "__or__", func: mp_or, flags: 0, sig: "($self, value, /)", doc: "Return self|value." },
    MethodDef { name: "__ror__", func: mp_ror, flags: 0, sig: "($self, value, /)", doc: "Return value|self." },
    MethodDef { name: "__ior__", func: mp_ior, flags: 0, sig: "($self, value, /)", doc: "Return self|=value." },
    MethodDef { name: "__class_getitem__", func: mp_class_getitem, flags: mflags::CLASS, sig: "", doc: "See PEP 585" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.mappingproxy.clone();
    vm.add_methods(&t, METHODS);
    vm.type_set_attr(&t, "__hash__", Value::None);
    vm.type_set_attr(&t, "__doc__", Value::None);
}
