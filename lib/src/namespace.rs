//! `types.SimpleNamespace`: an attribute bag with a `namespace(a=1, b=2)` repr (the type of
//! `sys.implementation`; the `types` module picks it up from there).

use crate::native_type::{self, TypeSpec};
use rpy_builtins::args;
use rpy_vm::bytecode::CmpOp;
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::objects::typeobj::{tflags, Layout};
use rpy_vm::protocol::{attr, compare, dictops, repr};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;

const DOC: &str = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)";

thread_local! {
    /// namespaces whose repr is being computed (recursion guard)
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// The `types.SimpleNamespace` type (created on first use).
pub fn namespace_type(vm: &mut Vm) -> ObjRef {
    if let Some(t) = crate::state::with(vm, |s| s.namespace_type.clone()) {
        return t;
    }
    let base = vm.types.object.clone();
    let t = native_type::new_type(
        vm,
        TypeSpec {
            name: "SimpleNamespace",
            module: "types",
            base,
            layout: Layout::Object,
            flags: tflags::BASETYPE,
            instance_dict: true,
            nslots: 0,
            doc: Some(DOC),
        },
    );
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, rpy_builtins::types::object::DICT_GETSET);
    vm.type_set_attr(&t, "__hash__", Value::None);
    crate::state::with(vm, |s| s.namespace_type = Some(t.clone()));
    t
}

/// A new namespace with the given attributes.
pub fn new_namespace(vm: &mut Vm, attrs: Vec<(&str, Value)>) -> Value {
    let t = namespace_type(vm);
    let o = rpy_builtins::types::object::alloc(vm, &t, Payload::Plain);
    for (k, v) in attrs {
        vm.set_attr_raw(&o, k, v);
    }
    Value::Obj(o)
}

fn ns_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = namespace_type(vm);
    let cls = rpy_builtins::types::object::new_cls(vm, &a, &t, "SimpleNamespace")?;
    let o = rpy_builtins::types::object::alloc(vm, &cls, Payload::Plain);
    vm.instance_dict(&o);
    Ok(Value::Obj(o))
}

fn ns_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(vm.type_error("no positional arguments expected"));
    }
    let this = a.values[0].clone();
    let Value::Obj(o) = &this else { return Ok(Value::None) };
    let Some(d) = vm.instance_dict(o) else { return Ok(Value::None) };
    for (k, v) in a.kwargs() {
        if args::str_obj(k).is_none() {
            return Err(vm.type_error("keywords must be strings"));
        }
        dictops::dict_setitem(vm, &d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn ns_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let this = a.values[0].clone();
    let t = namespace_type(vm);
    let cls = vm.type_of(&this);
    let name = if cls.is(&t) { "namespace".to_string() } else { native_type::tp_name(vm, &cls) };
    let addr = match &this {
        Value::Obj(o) => o.addr(),
        _ => 0,
    };
    if REPR_ACTIVE.with(|r| r.borrow().contains(&addr)) {
        return Ok(vm.new_string(format!("{name}(...)")));
    }
    REPR_ACTIVE.with(|r| r.borrow_mut().push(addr));
    let r = ns_repr_inner(vm, &this, &name);
    REPR_ACTIVE.with(|r| {
        let mut r = r.borrow_mut();
        if let Some(p) = r.iter().rposition(|x| *x == addr) {
            r.remove(p);
        }
    });
    r
}

fn ns_repr_inner(vm: &mut Vm, this: &Value, name: &str) -> PyResult<Value> {
    let d = attr::getattr_str(vm, this, "__dict__")?;
    let items = dictops::mapping_items(vm, &d)?;
    let mut parts = Vec::new();
    for (k, v) in items {
        let Some(ko) = args::str_obj(&k) else { continue };
        let ks = vm.str_of(ko);
        if ks.is_empty() {
            continue;
        }
        parts.push(format!("{ks}={}", repr::repr(vm, &v)?));
    }
    Ok(vm.new_string(format!("{name}({})", parts.join(", "))))
}

fn ns_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, "__eq__")?;
    cmp(vm, &a.values[0], &other, CmpOp::Eq)
}

fn ns_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, "__ne__")?;
    cmp(vm, &a.values[0], &other, CmpOp::Ne)
}

fn cmp(vm: &mut Vm, this: &Value, other: &Value, op: CmpOp) -> PyResult<Value> {
    let t = namespace_type(vm);
    if !vm.is_instance_of(this, &t) || !vm.is_instance_of(other, &t) {
        return Ok(vm.not_implemented());
    }
    let d1 = attr::getattr_str(vm, this, "__dict__")?;
    let d2 = attr::getattr_str(vm, other, "__dict__")?;
    compare::rich_compare(vm, &d1, &d2, op)
}

fn ns_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__reduce__")?;
    let this = a.values[0].clone();
    let cls = vm.type_of(&this);
    let d = attr::getattr_str(vm, &this, "__dict__")?;
    let empty = vm.new_tuple(vec![]);
    Ok(vm.new_tuple(vec![Value::Obj(cls), empty, d]))
}

static METHODS: &[MethodDef] = &[
    MethodDef { name: "__new__", func: ns_new, flags: mflags::STATIC, sig: "", doc: "Create and return a new object.  See help(type) for accurate signature." },
    MethodDef {
        name: "__init__",
        func: ns_init,
        flags: 0,
        sig: "($self, /, *args, **kwargs)",
        doc: "Initialize self.  See help(type(self)) for accurate signature.",
    },
    MethodDef { name: "__repr__", func: ns_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__eq__", func: ns_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: ns_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__reduce__", func: ns_reduce, flags: 0, sig: "($self, /)", doc: "Return state information for pickling" },
];
