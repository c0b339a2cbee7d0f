//! `object`: allocation of instances (with `__dict__`/`__slots__` storage for user classes),
//! and object's default `__new__`, `__init__`, `__repr__`, `__eq__`, `__hash__`, attribute
//! access and `__init_subclass__`.

use crate::args;
use rpy_vm::object::{InstanceExt, ObjCell};
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::objects::typeobj::{tflags, type_data, Layout};
use rpy_vm::protocol::{attr, repr};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

/// Allocates an instance of `cls` with `payload`, giving user classes their instance dict and
/// `__slots__` cells.
pub fn alloc(vm: &mut Vm, cls: &ObjRef, payload: Payload) -> ObjRef {
    let _ = vm;
    let td = type_data(cls);
    if td.has(tflags::HEAPTYPE) || td.instance_dict || td.nslots > 0 {
        let slots: Vec<ObjCell> = (0..td.nslots).map(|_| ObjCell::new(None)).collect();
        let ext = InstanceExt { dict: ObjCell::new(None), slots: slots.into_boxed_slice() };
        return ObjRef::with_ext(cls.clone(), payload, Some(Box::new(ext)));
    }
    ObjRef::new(cls.clone(), payload)
}

/// Checks that `cls` (args[0] of a `__new__`) is a subtype of `base`; returns it.
pub fn new_cls(vm: &mut Vm, args: &Args, base: &ObjRef, name: &str) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => {
            if !rpy_vm::objects::typeobj::is_subtype(c, base) {
                let cn = type_data(c).name.borrow().clone();
                return Err(vm.type_error(format!("{name}.__new__({cn}): {cn} is not a subtype of {name}")));
            }
            Ok(c.clone())
        }
        Some(v) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{name}.__new__(X): X is not a type object ({tn})")))
        }
        None => Err(vm.type_error(format!("{name}.__new__(): not enough arguments"))),
    }
}

fn object_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj_t = vm.types.object.clone();
    let cls = new_cls(vm, &a, &obj_t, "object")?;
    let td = type_data(&cls);
    if a.values.len() > 1 || a.has_kwargs() {
        // excess args are an error unless __init__ is overridden and __new__ is not
        let new_overridden = !matches!(attr::type_lookup_str(&cls, "__new__"), Some(Value::Obj(o)) if matches!(&o.payload, Payload::Builtin(b) if b.owner.as_ref().map(|t| t.is(&obj_t)).unwrap_or(false)));
        let init_overridden = !matches!(attr::type_lookup_str(&cls, "__init__"), Some(Value::Obj(o)) if matches!(&o.payload, Payload::Builtin(b) if b.owner.as_ref().map(|t| t.is(&obj_t)).unwrap_or(false)));
        if new_overridden || !init_overridden {
            let n = td.name.borrow().clone();
            return Err(vm.type_error(format!("{n}() takes no arguments")));
        }
    }
    if td.has(tflags::IS_ABSTRACT) {
        let n = td.name.borrow().clone();
        let methods = abstract_methods(vm, &cls);
        let s = if methods.len() == 1 { "" } else { "s" };
        let list = methods.iter().map(|m| format!("'{m}'")).collect::<Vec<_>>().join(", ");
        return Err(vm.type_error(format!("Can't instantiate abstract class {n} with abstract method{s} {list}")));
    }
    if td.layout != Layout::Object {
        let n = td.name.borrow().clone();
        return Err(vm.type_error(format!("object.__new__({n}) is not safe, use {n}.__new__()")));
    }
    Ok(Value::Obj(alloc(vm, &cls, Payload::Plain)))
}

fn abstract_methods(vm: &mut Vm, cls: &ObjRef) -> Vec<String> {
    let v = attr::type_lookup_str(cls, "__abstractmethods__");
    let mut out = Vec::new();
    if let Some(v) = v {
        if let Ok(items) = rpy_vm::protocol::seq::to_vec(vm, &v) {
            for i in items {
                if let Value::Obj(o) = &i {
                    out.push(vm.str_of(o));
                }
            }
        }
    }
    out.sort();
    out
}

fn object_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = args::this(&a).clone();
    if a.values.len() > 1 || a.has_kwargs() {
        let cls = vm.type_of(&this);
        let obj_t = vm.types.object.clone();
        let init_overridden = !matches!(attr::type_lookup_str(&cls, "__init__"), Some(Value::Obj(o)) if matches!(&o.payload, Payload::Builtin(b) if b.owner.as_ref().map(|t| t.is(&obj_t)).unwrap_or(false)));
        let new_overridden = !matches!(attr::type_lookup_str(&cls, "__new__"), Some(Value::Obj(o)) if matches!(&o.payload, Payload::Builtin(b) if b.owner.as_ref().map(|t| t.is(&obj_t)).unwrap_or(false)));
        if init_overridden || !new_overridden {
            let n = vm.type_name(&this);
            return Err(vm.type_error(if init_overridden {
                "object.__init__() takes exactly one argument (the instance to initialize)".to_string()
            } else {
                format!("{n}() takes no arguments")
            }));
        }
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = repr::default_repr(vm, args::this(&a));
    Ok(vm.new_string(s))
}

/// `object.__str__` calls the type's repr slot as is: a user `__repr__`'s result is returned
/// unchecked, so `str()` reports a non-string as "__str__ returned non-string".
fn object_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = args::this(&a).clone();
    if type_data(&vm.type_of(&this)).has(tflags::HEAPTYPE) {
        if let Some(f) = attr::lookup_special(vm, &this, "__repr__") {
            return repr::call_nested(vm, &f, &[this], " while calling a Python object");
        }
    }
    let s = repr::repr(vm, &this)?;
    Ok(vm.new_string(s))
}

fn object_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, "__eq__")?;
    if a.values[0].is(&other) {
        Ok(Value::Bool(true))
    } else {
        Ok(vm.not_implemented())
    }
}

fn object_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, "__ne__")?;
    let this = a.values[0].clone();
    // __ne__ delegates to __eq__ and inverts
    let cls = vm.type_of(&this);
    if let Some(eq) = attr::type_lookup_str(&cls, "__eq__") {
        let r = vm.call(&eq, &[this, other])?;
        if vm.is_not_implemented(&r) {
            return Ok(r);
        }
        let b = vm.truthy(&r)?;
        return Ok(Value::Bool(!b));
    }
    Ok(vm.not_implemented())
}

fn object_cmp_ni(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let _ = a;
    Ok(vm.not_implemented())
}

fn object_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = args::this(&a);
    let h = match this {
        Value::Obj(o) => rpy_vm::objects::hash::hash_pointer(o.addr()),
        other => vm.hash(other)?,
    };
    Ok(Value::Int(h))
}

fn object_getattribute(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = args::one_arg(vm, &a, "__getattribute__")?;
    let Some(n) = args::str_obj(&name).cloned() else {
        let tn = vm.type_name(&name);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    };
    let this = a.values[0].clone();
    let n = vm.intern(&vm.str_of(&n));
    let cls = vm.type_of(&this);
    let r = match &this {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => attr::type_getattr(vm, o, &n)?,
        _ => attr::generic_getattr(vm, &this, &cls, &n)?,
    };
    match r {
        Some(v) => Ok(v),
        None => Err(attr::attr_error(vm, &this, &n)),
    }
}

fn object_setattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "__setattr__", 3, 3)?;
    let Some(n) = args::str_obj(&a.values[1]).cloned() else {
        let tn = vm.type_name(&a.values[1]);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    };
    let n = vm.intern(&vm.str_of(&n));
    attr::generic_setattr(vm, &a.values[0], &n, Some(a.values[2].clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = args::one_arg(vm, &a, "__delattr__")?;
    let Some(n) = args::str_obj(&name).cloned() else {
        let tn = vm.type_name(&name);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    };
    let n = vm.intern(&vm.str_of(&n));
    attr::generic_setattr(vm, &a.values[0], &n, None)?;
    Ok(Value::None)
}

fn object_init_subclass(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.values.len() > 1 || a.has_kwargs() {
        let cls = &a.values[0];
        let n = match cls {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => type_data(o).name.borrow().clone(),
            _ => "object".into(),
        };
        return Err(vm.type_error(format!("{n}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::None)
}

fn object_subclasshook(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let _ = a;
    Ok(vm.not_implemented())
}

fn object_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let spec = args::one_arg(vm, &a, "__format__")?;
    let s = args::expect_str(vm, &spec, "format_spec")?;
    let this = a.values[0].clone();
    if !s.is_empty() {
        let tn = vm.type_name(&this);
        return Err(vm.type_error(format!("unsupported format string passed to {tn}.__format__")));
    }
    vm.to_str(&this)
}

fn object_dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = args::this(&a).clone();
    let d = vm.new_dict_obj();
    if let Value::Obj(o) = &this {
        if let Some(id) = o.ext.as_ref().and_then(|e| e.dict.get()) {
            rpy_vm::protocol::dictops::dict_update(vm, &d, &Value::Obj(id))?;
        }
    }
    let cls = vm.type_of(&this);
    let mro = type_data(&cls).mro.borrow().clone();
    for c in mro.iter().rev() {
        let cd = type_data(c).dict.clone();
        rpy_vm::protocol::dictops::dict_update(vm, &d, &Value::Obj(cd))?;
    }
    let keys = match &d.payload {
        Payload::Dict(dd) => dd.borrow().keys(),
        _ => Vec::new(),
    };
    Ok(vm.new_list(keys))
}

fn object_reduce_ex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let tn = vm.type_name(args::this(&a));
    Err(vm.type_error(format!("cannot pickle '{tn}' object")))
}

fn object_sizeof(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let _ = vm;
    let base = 16
        + match args::this(&a) {
            Value::Obj(o) if o.ext.is_some() => 16,
            _ => 0,
        };
    Ok(Value::Int(base))
}

fn object_class_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(vm.type_of(v)))
}

fn object_class_set(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(new) = new else { return Err(vm.type_error("can't delete __class__ attribute")) };
    let Value::Obj(nc) = &new else {
        let tn = vm.type_name(&new);
        return Err(vm.type_error(format!("__class__ must be set to a class, not '{tn}' object")));
    };
    if !matches!(nc.payload, Payload::Type(_)) {
        let tn = vm.type_name(&new);
        return Err(vm.type_error(format!("__class__ must be set to a class, not '{tn}' object")));
    }
    let Value::Obj(o) = v else { return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses")) };
    let old = o.class();
    let (ot, nt) = (type_data(&old), type_data(nc));
    if !ot.has(tflags::HEAPTYPE) || !nt.has(tflags::HEAPTYPE) || ot.layout != nt.layout || ot.nslots != nt.nslots {
        let (a, b) = (ot.name.borrow().clone(), nt.name.borrow().clone());
        if !ot.has(tflags::HEAPTYPE) || !nt.has(tflags::HEAPTYPE) {
            return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
        }
        return Err(vm.type_error(format!("__class__ assignment: '{b}' object layout differs from '{a}'")));
    }
    o.set_class(nc.clone());
    Ok(())
}

fn object_dict_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if let Payload::Module { dict } = &o.payload {
            return Ok(Value::Obj(dict.clone()));
        }
        if let Some(d) = vm.instance_dict(o) {
            return Ok(Value::Obj(d));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.attribute_error(format!("'{tn}' object has no attribute '__dict__'")))
}

fn object_dict_set(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Value::Obj(o) = v else { return Err(vm.attribute_error("__dict__")) };
    let Some(ext) = &o.ext else {
        let tn = vm.type_name(v);
        return Err(vm.attribute_error(format!("'{tn}' object has no attribute '__dict__'")));
    };
    match new {
        Some(Value::Obj(d)) if matches!(d.payload, Payload::Dict(_)) => {
            ext.dict.set(Some(d));
            Ok(())
        }
        Some(other) => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{tn}'")))
        }
        None => Err(vm.type_error("cannot delete __dict__")),
    }
}

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: object_new,
        flags: mflags::STATIC,
        sig: "(type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef {
        name: "__init__",
        func: object_init,
        flags: 0,
        sig: "($self, /, *args, **kwargs)",
        doc: "Initialize self.  See help(type(self)) for accurate signature.",
    },
    MethodDef { name: "__repr__", func: object_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__str__", func: object_str, flags: 0, sig: "($self, /)", doc: "Return str(self)." },
    MethodDef { name: "__eq__", func: object_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: object_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__lt__", func: object_cmp_ni, flags: 0, sig: "($self, value, /)", doc: "Return self<value." },
    MethodDef { name: "__le__", func: object_cmp_ni, flags: 0, sig: "($self, value, /)", doc: "Return self<=value." },
    MethodDef { name: "__gt__", func: object_cmp_ni, flags: 0, sig: "($self, value, /)", doc: "Return self>value." },
    MethodDef { name: "__ge__", func: object_cmp_ni, flags: 0, sig: "($self, value, /)", doc: "Return self>=value." },
    MethodDef { name: "__hash__", func: object_hash, flags: 0, sig: "($self, /)", doc: "Return hash(self)." },
    MethodDef { name: "__getattribute__", func: object_getattribute, flags: 0, sig: "($self, name, /)", doc: "Return getattr(self, name)." },
    MethodDef { name: "__setattr__", func: object_setattr, flags: 0, sig: "($self, name, value, /)", doc: "Implement setattr(self, name, value)." },
    MethodDef { name: "__delattr__", func: object_delattr, flags: 0, sig: "($self, name, /)", doc: "Implement delattr(self, name)." },
    MethodDef {
        name: "__init_subclass__",
        func: object_init_subclass,
        flags: mflags::CLASS,
        sig: "($cls, /)",
        doc: "This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n",
    },
    MethodDef {
        name: "__subclasshook__",
        func: object_subclasshook,
        flags: mflags::CLASS,
        sig: "($cls, subclass, /)",
        doc: "Abstract classes can override this to customize issubclass().",
    },
    MethodDef { name: "__format__", func: object_format, flags: 0, sig: "($self, format_spec, /)", doc: "Default object formatter." },
    MethodDef { name: "__dir__", func: object_dir, flags: 0, sig: "($self, /)", doc: "Default dir() implementation." },
    MethodDef { name: "__reduce_ex__", func: object_reduce_ex, flags: 0, sig: "($self, protocol, /)", doc: "Helper for pickle." },
    MethodDef { name: "__reduce__", func: object_reduce_ex, flags: 0, sig: "($self, /)", doc: "Helper for pickle." },
    MethodDef { name: "__sizeof__", func: object_sizeof, flags: 0, sig: "($self, /)", doc: "Size of object in memory, in bytes." },
];

static GETSETS: &[rpy_vm::objects::native::GetSetDef] =
    &[rpy_vm::objects::native::GetSetDef { name: "__class__", get: object_class_get, set: Some(object_class_set), doc: "" }];

/// `__dict__` descriptor installed on classes whose instances have a dict.
pub static DICT_GETSET: &[rpy_vm::objects::native::GetSetDef] =
    &[rpy_vm::objects::native::GetSetDef { name: "__dict__", get: object_dict_get, set: Some(object_dict_set), doc: "dictionary for instance variables" }];

/// `__weakref__` of classes whose instances can be weakly referenced. rpy has no weak
/// references yet, so no object ever has one and the list is always absent (None), which is
/// what CPython shows for an object nothing refers to weakly.
pub static WEAKREF_GETSET: &[rpy_vm::objects::native::GetSetDef] =
    &[rpy_vm::objects::native::GetSetDef { name: "__weakref__", get: object_weakref_get, set: None, doc: "list of weak references to the object" }];

fn object_weakref_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let _ = (vm, v);
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.object.clone();
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
    let doc = vm.new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n");
    vm.type_set_attr(&t, "__doc__", doc);
}
