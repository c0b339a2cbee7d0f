//! Native functions as Python sees them: `builtin_function_or_method` (module functions and
//! bound native methods) and the unbound `method_descriptor`, `wrapper_descriptor` and
//! `classmethod_descriptor` — names, `__self__`, `__text_signature__`, binding, calls, repr.

use super::{call_self, descr_get_args, readonly};
use crate::args;
use rpy_vm::objects::native::{mflags, Args, BuiltinFunctionData, GetSetDef, MethodDef};
use rpy_vm::objects::typeobj::{is_subtype, type_data};
use rpy_vm::protocol::attr;
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

fn bdata<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a BuiltinFunctionData> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Builtin(b) => Ok(b),
            _ => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("descriptor requires a 'builtin_function_or_method' object but received a '{tn}'")))
            }
        },
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'builtin_function_or_method' object but received a '{tn}'")))
        }
    }
}

fn type_qualname(t: &ObjRef) -> String {
    type_data(t).qualname.borrow().clone()
}

fn is_type(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Type(_)))
}

/// The value `__self__` reports: the bound object, the module, or the owning type of a
/// static method such as `__new__`.
fn self_of(b: &BuiltinFunctionData) -> Value {
    match (&b.this, &b.owner) {
        (Some(t), _) => t.clone(),
        (None, Some(o)) => Value::Obj(o.clone()),
        (None, None) => Value::None,
    }
}

fn is_module_level(b: &BuiltinFunctionData) -> bool {
    b.bound_is_module || (b.this.is_none() && b.owner.is_none())
}

// ----- attributes ------------------------------------------------------------------------

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = bdata(vm, v)?;
    Ok(Value::Obj(vm.intern(b.name)))
}

fn get_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = bdata(vm, v)?;
    if is_module_level(b) {
        return Ok(Value::Obj(vm.intern(b.name)));
    }
    let t = match &b.this {
        Some(this) if is_type(this) => this.as_obj().cloned().unwrap_or_else(|| vm.types.object.clone()),
        Some(this) => vm.type_of(this),
        None => b.owner.clone().unwrap_or_else(|| vm.types.object.clone()),
    };
    Ok(vm.new_string(format!("{}.{}", type_qualname(&t), b.name)))
}

fn get_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = bdata(vm, v)?;
    Ok(self_of(b))
}

fn get_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = bdata(vm, v)?;
    if b.bound_is_module {
        if let Some(Value::Obj(m)) = &b.this {
            if let Payload::Module { dict } = &m.payload {
                return Ok(vm.dict_get_str(dict, "__name__").unwrap_or(Value::None));
            }
        }
    }
    Ok(Value::None)
}

fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = bdata(vm, v)?;
    if b.doc.is_empty() {
        return Ok(Value::None);
    }
    Ok(vm.new_str(b.doc))
}

fn get_text_signature(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = bdata(vm, v)?;
    if b.sig.is_empty() {
        return Ok(Value::None);
    }
    Ok(vm.new_str(b.sig))
}

fn get_objclass(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = bdata(vm, v)?;
    Ok(b.owner.clone().map(Value::Obj).unwrap_or(Value::None))
}

// ----- methods ---------------------------------------------------------------------------

fn addr_of(v: &Value) -> usize {
    match v {
        Value::Obj(o) => o.addr(),
        _ => 0,
    }
}

/// Whether a bound native method came from a slot wrapper (it shows as `method-wrapper`).
fn is_slot_wrapper(vm: &Vm, b: &BuiltinFunctionData) -> bool {
    let Some(owner) = &b.owner else { return false };
    if b.flags & (mflags::STATIC | mflags::CLASS) != 0 {
        return false;
    }
    match vm.dict_get_str(&type_data(owner).dict, b.name) {
        Some(Value::Obj(d)) => d.class().is(&vm.types.wrapper_descriptor),
        _ => false,
    }
}

fn builtin_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let this = a.values[0].clone();
    let b = bdata(vm, &this)?;
    let cls = this.as_obj().map(|o| o.class()).unwrap_or_else(|| vm.types.object.clone());
    let s = if cls.is(&vm.types.builtin_function) {
        if is_module_level(b) {
            format!("<built-in function {}>", b.name)
        } else {
            let target = self_of(b);
            let tn = vm.type_name(&target);
            if b.this.is_some() && is_slot_wrapper(vm, b) {
                format!("<method-wrapper '{}' of {} object at {:#x}>", b.name, tn, addr_of(&target))
            } else {
                format!("<built-in method {} of {} object at {:#x}>", b.name, tn, addr_of(&target))
            }
        }
    } else {
        let on = b.owner.as_ref().map(|o| type_data(o).name.borrow().clone()).unwrap_or_default();
        if cls.is(&vm.types.wrapper_descriptor) {
            format!("<slot wrapper '{}' of '{}' objects>", b.name, on)
        } else {
            format!("<method '{}' of '{}' objects>", b.name, on)
        }
    };
    Ok(vm.new_string(s))
}

fn builtin_call(vm: &mut Vm, a: Args) -> PyResult<Value> {
    bdata(vm, &a.values[0])?;
    call_self(vm, &a)
}

fn eq_impl(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Option<bool>> {
    let other = args::one_arg(vm, a, name)?;
    let b1 = bdata(vm, &a.values[0])?;
    let b2 = match &other {
        Value::Obj(o) if o.class().is(&vm.types.builtin_function) => match &o.payload {
            Payload::Builtin(b) => b,
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    Ok(Some(self_of(b1).is(&self_of(b2)) && b1.func as usize == b2.func as usize))
}

fn builtin_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match eq_impl(vm, &a, "__eq__")? {
        Some(r) => Ok(Value::Bool(r)),
        None => Ok(vm.not_implemented()),
    }
}

fn builtin_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match eq_impl(vm, &a, "__ne__")? {
        Some(r) => Ok(Value::Bool(!r)),
        None => Ok(vm.not_implemented()),
    }
}

fn builtin_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__hash__")?;
    let b = bdata(vm, &a.values[0])?;
    let s = self_of(b);
    let x = match &s {
        Value::Obj(o) => rpy_vm::objects::hash::hash_pointer(o.addr()),
        Value::None => rpy_vm::objects::hash::hash_pointer(0),
        other => {
            let other = other.clone();
            vm.hash(&other)?
        }
    };
    let b = bdata(vm, &a.values[0])?;
    let y = rpy_vm::objects::hash::hash_pointer(b.func as usize);
    let h = x ^ y;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn builtin_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__reduce__")?;
    let this = a.values[0].clone();
    let b = bdata(vm, &this)?;
    let name = vm.intern(b.name);
    let is_fn = this.as_obj().map(|o| o.class().is(&vm.types.builtin_function)).unwrap_or(false);
    let target = if is_fn {
        if is_module_level(b) {
            return Ok(Value::Obj(name));
        }
        self_of(b)
    } else {
        b.owner.clone().map(Value::Obj).unwrap_or(Value::None)
    };
    let getattr = vm.lookup_builtin("getattr").unwrap_or(Value::None);
    let inner = vm.new_tuple(vec![target, Value::Obj(name)]);
    Ok(vm.new_tuple(vec![getattr, inner]))
}

/// `method_descriptor.__get__` / `wrapper_descriptor.__get__`.
fn descr_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, _) = descr_get_args(vm, &a)?;
    let this = a.values[0].clone();
    let b = bdata(vm, &this)?;
    let Some(obj) = obj else { return Ok(this) };
    let owner = b.owner.clone().unwrap_or_else(|| vm.types.object.clone());
    if !vm.is_instance_of(&obj, &owner) {
        let on = type_data(&owner).name.borrow().clone();
        let tn = vm.type_name(&obj);
        return Err(vm.type_error(format!("descriptor '{}' for '{on}' objects doesn't apply to a '{tn}' object", b.name)));
    }
    Ok(attr::descr_get(vm, &this, Some(&obj), &owner)?.unwrap_or(this))
}

/// `classmethod_descriptor.__get__`: binds to the class.
fn classmethod_descr_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, ty) = descr_get_args(vm, &a)?;
    let this = a.values[0].clone();
    let b = bdata(vm, &this)?;
    let name = b.name;
    let owner = b.owner.clone().unwrap_or_else(|| vm.types.object.clone());
    let on = type_data(&owner).name.borrow().clone();
    let ty = match ty {
        Some(t) => t,
        None => Value::Obj(vm.type_of(obj.as_ref().unwrap_or(&Value::None))),
    };
    let Value::Obj(t) = &ty else {
        let tn = vm.type_name(&ty);
        return Err(vm.type_error(format!("descriptor '{name}' for type '{on}' needs a type, not a '{tn}' as arg 2")));
    };
    if !matches!(t.payload, Payload::Type(_)) {
        let tn = vm.type_name(&ty);
        return Err(vm.type_error(format!("descriptor '{name}' for type '{on}' needs a type, not a '{tn}' as arg 2")));
    }
    if !is_subtype(t, &owner) {
        let tn = type_data(t).name.borrow().clone();
        return Err(vm.type_error(format!("descriptor '{name}' requires a subtype of '{on}' but received '{tn}'")));
    }
    Ok(attr::descr_get(vm, &this, obj.as_ref(), t)?.unwrap_or(this))
}

const REPR: MethodDef = MethodDef { name: "__repr__", func: builtin_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." };
const CALL: MethodDef = MethodDef { name: "__call__", func: builtin_call, flags: 0, sig: "($self, /, *args, **kwargs)", doc: "Call self as a function." };
const REDUCE: MethodDef = MethodDef { name: "__reduce__", func: builtin_reduce, flags: 0, sig: "", doc: "" };

static FUNCTION_METHODS: &[MethodDef] = &[
    REPR,
    CALL,
    REDUCE,
    MethodDef { name: "__eq__", func: builtin_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: builtin_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__hash__", func: builtin_hash, flags: 0, sig: "($self, /)", doc: "Return hash(self)." },
];

static DESCR_METHODS: &[MethodDef] = &[
    REPR,
    CALL,
    REDUCE,
    MethodDef {
        name: "__get__",
        func: descr_get,
        flags: 0,
        sig: "($self, instance, owner=None, /)",
        doc: "Return an attribute of instance, which is of type owner.",
    },
];

static CLASSMETHOD_DESCR_METHODS: &[MethodDef] = &[
    REPR,
    CALL,
    MethodDef {
        name: "__get__",
        func: classmethod_descr_get,
        flags: 0,
        sig: "($self, instance, owner=None, /)",
        doc: "Return an attribute of instance, which is of type owner.",
    },
];

static FUNCTION_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: get_name, set: None, doc: "" },
    GetSetDef { name: "__qualname__", get: get_qualname, set: None, doc: "" },
    GetSetDef { name: "__self__", get: get_self, set: None, doc: "" },
    GetSetDef { name: "__module__", get: get_module, set: Some(readonly), doc: "" },
    GetSetDef { name: "__doc__", get: get_doc, set: None, doc: "" },
    GetSetDef { name: "__text_signature__", get: get_text_signature, set: None, doc: "" },
];

static DESCR_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: get_name, set: Some(readonly), doc: "" },
    GetSetDef { name: "__qualname__", get: get_qualname, set: None, doc: "" },
    GetSetDef { name: "__objclass__", get: get_objclass, set: Some(readonly), doc: "" },
    GetSetDef { name: "__doc__", get: get_doc, set: None, doc: "" },
    GetSetDef { name: "__text_signature__", get: get_text_signature, set: None, doc: "" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.builtin_function.clone();
    vm.add_methods(&t, FUNCTION_METHODS);
    vm.add_getsets(&t, FUNCTION_GETSETS);
    for t in [vm.types.method_descriptor.clone(), vm.types.wrapper_descriptor.clone()] {
        vm.add_methods(&t, DESCR_METHODS);
        vm.add_getsets(&t, DESCR_GETSETS);
    }
    let t = vm.types.classmethod_descriptor.clone();
    vm.add_methods(&t, CLASSMETHOD_DESCR_METHODS);
    vm.add_getsets(&t, DESCR_GETSETS);
}
