//! `staticmethod` and `classmethod`: construction (copying `__name__`, `__doc__`, … from the
//! wrapped callable), `__func__`/`__wrapped__`, `__get__`, `__call__`, `__isabstractmethod__`
//! and `__repr__`.

use super::{descr_get_args, readonly};
use crate::args;
use rpy_vm::object::{InstanceExt, ObjCell};
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::objects::typeobj::type_data;
use rpy_vm::protocol::{attr, repr};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Static,
    Class,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Static => "staticmethod",
            Kind::Class => "classmethod",
        }
    }
}

fn cell_of<'a>(vm: &mut Vm, v: &'a Value, kind: Kind) -> PyResult<&'a RefCell<Value>> {
    if let Value::Obj(o) = v {
        match (&o.payload, kind) {
            (Payload::StaticMethod(c), Kind::Static) | (Payload::ClassMethod(c), Kind::Class) => return Ok(c),
            _ => {}
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a '{}' object but received a '{tn}'", kind.name())))
}

/// Allocates an instance (always with an instance dict, which holds the copied attributes).
fn alloc(vm: &mut Vm, cls: &ObjRef, kind: Kind) -> ObjRef {
    let payload = match kind {
        Kind::Static => Payload::StaticMethod(RefCell::new(Value::None)),
        Kind::Class => Payload::ClassMethod(RefCell::new(Value::None)),
    };
    let td = type_data(cls);
    if td.nslots > 0 || td.instance_dict {
        return crate::types::object::alloc(vm, cls, payload);
    }
    let _ = vm;
    ObjRef::with_ext(cls.clone(), payload, Some(Box::new(InstanceExt { dict: ObjCell::new(None), slots: Box::new([]) })))
}

fn new_common(vm: &mut Vm, a: Args, kind: Kind) -> PyResult<Value> {
    let base = match kind {
        Kind::Static => vm.types.staticmethod.clone(),
        Kind::Class => vm.types.classmethod.clone(),
    };
    let cls = crate::types::object::new_cls(vm, &a, &base, kind.name())?;
    Ok(Value::Obj(alloc(vm, &cls, kind)))
}

fn sm_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    new_common(vm, a, Kind::Static)
}

fn cm_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    new_common(vm, a, Kind::Class)
}

/// `functools_wraps`: copies `__module__`, `__name__`, `__qualname__`, `__doc__` and
/// `__annotations__` from the callable, skipping the ones it lacks.
fn wraps(vm: &mut Vm, wrapper: &Value, wrapped: &Value) -> PyResult<()> {
    for name in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
        let n = vm.intern(name);
        match attr::getattr_opt(vm, wrapped, &n)? {
            Some(v) => attr::setattr(vm, wrapper, &n, Some(v))?,
            None => continue,
        }
    }
    Ok(())
}

fn init_common(vm: &mut Vm, a: Args, kind: Kind) -> PyResult<Value> {
    let this = a.values[0].clone();
    let cell = cell_of(vm, &this, kind)?;
    let name = kind.name();
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = a.len() - 1;
    if n != 1 {
        return Err(vm.type_error(format!("{name} expected 1 argument, got {n}")));
    }
    let callable = a.values[1].clone();
    let old = cell.replace(callable.clone());
    drop(old);
    wraps(vm, &this, &callable)?;
    Ok(Value::None)
}

fn sm_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    init_common(vm, a, Kind::Static)
}

fn cm_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    init_common(vm, a, Kind::Class)
}

fn sm_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    descr_get_args(vm, &a)?;
    let c = cell_of(vm, &a.values[0], Kind::Static)?;
    let f = c.borrow().clone();
    Ok(f)
}

fn cm_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, ty) = descr_get_args(vm, &a)?;
    let c = cell_of(vm, &a.values[0], Kind::Class)?;
    let f = c.borrow().clone();
    let ty = match ty {
        Some(t) => t,
        None => Value::Obj(vm.type_of(obj.as_ref().unwrap_or(&Value::None))),
    };
    // a wrapped descriptor is bound to the class (classmethod chaining, 3.9–3.12)
    let is_function = matches!(&f, Value::Obj(o) if matches!(o.payload, Payload::Function(_)));
    if !is_function {
        if let Some(get) = attr::lookup_special(vm, &f, "__get__") {
            return vm.call(&get, &[f.clone(), ty.clone(), ty]);
        }
    }
    Ok(Value::Obj(ObjRef::new(vm.types.method.clone(), Payload::Method { func: f, this: ty })))
}

fn sm_call(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = cell_of(vm, &a.values[0], Kind::Static)?;
    let f = c.borrow().clone();
    vm.call_args(&f, Args::with_kw(&a.values[1..], a.kwnames))
}

fn repr_common(vm: &mut Vm, a: Args, kind: Kind) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let c = cell_of(vm, &a.values[0], kind)?;
    let f = c.borrow().clone();
    let r = repr::repr(vm, &f)?;
    Ok(vm.new_string(format!("<{}({r})>", kind.name())))
}

fn sm_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    repr_common(vm, a, Kind::Static)
}

fn cm_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    repr_common(vm, a, Kind::Class)
}

/// `__isabstractmethod__` of a callable (false when missing).
pub(crate) fn is_abstract(vm: &mut Vm, f: &Value) -> PyResult<bool> {
    match attr::getattr_str_opt(vm, f, "__isabstractmethod__")? {
        Some(v) => vm.truthy(&v),
        None => Ok(false),
    }
}

fn sm_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = cell_of(vm, v, Kind::Static)?;
    let f = c.borrow().clone();
    Ok(f)
}

fn cm_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = cell_of(vm, v, Kind::Class)?;
    let f = c.borrow().clone();
    Ok(f)
}

fn sm_abstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = sm_func(vm, v)?;
    Ok(Value::Bool(is_abstract(vm, &f)?))
}

fn cm_abstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = cm_func(vm, v)?;
    Ok(Value::Bool(is_abstract(vm, &f)?))
}

const NEW_DOC: &str = "Create and return a new object.  See help(type) for accurate signature.";
const INIT_DOC: &str = "Initialize self.  See help(type(self)) for accurate signature.";
const GET_DOC: &str = "Return an attribute of instance, which is of type owner.";

static SM_METHODS: &[MethodDef] = &[
    MethodDef { name: "__new__", func: sm_new, flags: mflags::STATIC, sig: "($type, *args, **kwargs)", doc: NEW_DOC },
    MethodDef { name: "__init__", func: sm_init, flags: 0, sig: "($self, /, *args, **kwargs)", doc: INIT_DOC },
    MethodDef { name: "__get__", func: sm_get, flags: 0, sig: "($self, instance, owner=None, /)", doc: GET_DOC },
    MethodDef { name: "__call__", func: sm_call, flags: 0, sig: "($self, /, *args, **kwargs)", doc: "Call self as a function." },
    MethodDef { name: "__repr__", func: sm_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
];

static CM_METHODS: &[MethodDef] = &[
    MethodDef { name: "__new__", func: cm_new, flags: mflags::STATIC, sig: "($type, *args, **kwargs)", doc: NEW_DOC },
    MethodDef { name: "__init__", func: cm_init, flags: 0, sig: "($self, /, *args, **kwargs)", doc: INIT_DOC },
    MethodDef { name: "__get__", func: cm_get, flags: 0, sig: "($self, instance, owner=None, /)", doc: GET_DOC },
    MethodDef { name: "__repr__", func: cm_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
];

static SM_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__func__", get: sm_func, set: Some(readonly), doc: "" },
    GetSetDef { name: "__wrapped__", get: sm_func, set: Some(readonly), doc: "" },
    GetSetDef { name: "__isabstractmethod__", get: sm_abstract, set: None, doc: "" },
];

static CM_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__func__", get: cm_func, set: Some(readonly), doc: "" },
    GetSetDef { name: "__wrapped__", get: cm_func, set: Some(readonly), doc: "" },
    GetSetDef { name: "__isabstractmethod__", get: cm_abstract, set: None, doc: "" },
];

const SM_DOC: &str = "staticmethod(function) -> method\n\nConvert a function to be a static method.\n\nA static method does not receive an implicit first argument.\nTo declare a static method, use this idiom:\n\n     class C:\n         @staticmethod\n         def f(arg1, arg2, argN):\n             ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()). Both the class and the instance are ignored, and\nneither is passed implicitly as the first argument to the method.\n\nStatic methods in Python are similar to those found in Java or C++.\nFor a more advanced concept, see the classmethod builtin.";
const CM_DOC: &str = "classmethod(function) -> method\n\nConvert a function to be a class method.\n\nA class method receives the class as implicit first argument,\njust like an instance method receives the instance.\nTo declare a class method, use this idiom:\n\n  class C:\n      @classmethod\n      def f(cls, arg1, arg2, argN):\n          ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  The instance is ignored except for its class.\nIf a class method is called for a derived class, the derived class\nobject is passed as the implied first argument.\n\nClass methods are different than C++ or Java static methods.\nIf you want those, see the staticmethod builtin.";

pub fn init(vm: &mut Vm) {
    let t = vm.types.staticmethod.clone();
    vm.add_methods(&t, SM_METHODS);
    vm.add_getsets(&t, SM_GETSETS);
    vm.add_getsets(&t, crate::types::object::DICT_GETSET);
    let d = vm.new_str(SM_DOC);
    vm.type_set_attr(&t, "__doc__", d);
    let t = vm.types.classmethod.clone();
    vm.add_methods(&t, CM_METHODS);
    vm.add_getsets(&t, CM_GETSETS);
    vm.add_getsets(&t, crate::types::object::DICT_GETSET);
    let d = vm.new_str(CM_DOC);
    vm.type_set_attr(&t, "__doc__", d);
}
