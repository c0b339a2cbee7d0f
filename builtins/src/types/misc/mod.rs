//! Small runtime types: the singletons' types (NoneType, NotImplementedType, ellipsis) and the
//! `types.GenericAlias` hook used by `__class_getitem__`; module objects, mappingproxy,
//! attribute descriptors and traceback/frame objects are in the submodules.

mod descriptors;
mod frames;
mod mappingproxy;
mod module;

use crate::args;
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::objects::typeobj::type_data;
use rpy_vm::protocol::attr;
use rpy_vm::{Payload, PyResult, Value, Vm};

/// `types.GenericAlias(cls, item)`. The alias type belongs to the generic-container machinery;
/// it is reached through `list.__class_getitem__`, which aliases whatever class it is given.
pub(crate) fn generic_alias(vm: &mut Vm, cls: &Value, item: Value) -> PyResult<Value> {
    let list_t = vm.types.list.clone();
    match attr::type_lookup_str(&list_t, "__class_getitem__") {
        Some(Value::Obj(f)) => match &f.payload {
            Payload::Builtin(b) => (b.func)(vm, Args::new(&[cls.clone(), item])),
            Payload::ClassMethod(inner) => {
                let inner = inner.borrow().clone();
                vm.call(&inner, &[cls.clone(), item])
            }
            _ => vm.call(&Value::Obj(f.clone()), &[cls.clone(), item]),
        },
        _ => {
            let n = match cls {
                Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => type_data(c).name.borrow().clone(),
                other => vm.type_name(other),
            };
            Err(vm.type_error(format!("type '{n}' is not subscriptable")))
        }
    }
}

/// `__new__` of a singleton's type: no arguments, returns the singleton.
fn singleton_new(vm: &mut Vm, a: &Args, tname: &str, value: Value) -> PyResult<Value> {
    if a.values.len() > 1 {
        return Err(vm.type_error(format!("{tname} takes no arguments")));
    }
    Ok(value)
}

fn none_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    singleton_new(vm, &a, "NoneType", Value::None)
}

fn none_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    Ok(Value::Obj(vm.intern("None")))
}

fn none_bool(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__bool__")?;
    Ok(Value::Bool(false))
}

fn ni_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.not_implemented();
    singleton_new(vm, &a, "NotImplementedType", v)
}

fn ni_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    Ok(Value::Obj(vm.intern("NotImplemented")))
}

fn ni_bool(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__bool__")?;
    Ok(Value::Bool(true))
}

fn ellipsis_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.ellipsis();
    singleton_new(vm, &a, "EllipsisType", v)
}

fn ellipsis_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    Ok(Value::Obj(vm.intern("Ellipsis")))
}

const NEW_DOC: &str = "Create and return a new object.  See help(type) for accurate signature.";

static NONE_METHODS: &[MethodDef] = &[
    MethodDef { name: "__new__", func: none_new, flags: mflags::STATIC, sig: "($type, *args, **kwargs)", doc: NEW_DOC },
    MethodDef { name: "__repr__", func: none_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__bool__", func: none_bool, flags: 0, sig: "($self, /)", doc: "True if self else False" },
];

static NI_METHODS: &[MethodDef] = &[
    MethodDef { name: "__new__", func: ni_new, flags: mflags::STATIC, sig: "($type, *args, **kwargs)", doc: NEW_DOC },
    MethodDef { name: "__repr__", func: ni_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__bool__", func: ni_bool, flags: 0, sig: "($self, /)", doc: "True if self else False" },
    MethodDef { name: "__reduce__", func: ni_repr, flags: 0, sig: "", doc: "" },
];

static ELLIPSIS_METHODS: &[MethodDef] = &[
    MethodDef { name: "__new__", func: ellipsis_new, flags: mflags::STATIC, sig: "($type, *args, **kwargs)", doc: NEW_DOC },
    MethodDef { name: "__repr__", func: ellipsis_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__reduce__", func: ellipsis_repr, flags: 0, sig: "", doc: "" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.none_type.clone();
    vm.add_methods(&t, NONE_METHODS);
    vm.type_set_attr(&t, "__doc__", Value::None);
    let t = vm.types.not_implemented_type.clone();
    vm.add_methods(&t, NI_METHODS);
    vm.type_set_attr(&t, "__doc__", Value::None);
    let t = vm.types.ellipsis_type.clone();
    vm.add_methods(&t, ELLIPSIS_METHODS);
    vm.type_set_attr(&t, "__doc__", Value::None);
    module::init(vm);
    mappingproxy::init(vm);
    descriptors::init(vm);
    frames::init(vm);
}
