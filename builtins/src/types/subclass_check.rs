//! `isinstance`/`issubclass` as CPython's abstract.c does them: exact type checks, tuples,
//! `__instancecheck__`/`__subclasscheck__` on metaclasses, and the "abstract" protocol for
//! objects that are not classes but have `__bases__` (and instances with `__class__`).

use rpy_vm::objects::typeobj::is_subtype;
use rpy_vm::protocol::attr;
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

fn as_type(v: &Value) -> Option<&ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => Some(o),
        _ => None,
    }
}

/// The class whose `__instancecheck__`/`__subclasscheck__` is type's own (CPython's
/// `PyType_CheckExact(cls)`).
fn is_exact_type(vm: &Vm, cls: &Value) -> bool {
    as_type(cls).is_some_and(|t| t.class().is(&vm.types.type_))
}

/// One level deeper in the recursion count, failing with CPython's message.
fn nested<T>(vm: &mut Vm, where_: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    if vm.depth >= vm.recursion_limit || rpy_vm::stack::remaining() < 256 * 1024 {
        let t = vm.types.recursion_error.clone();
        return Err(vm.new_error(&t, format!("maximum recursion depth exceeded{where_}")));
    }
    vm.depth += 1;
    let r = f(vm);
    vm.depth -= 1;
    r
}

/// `_PyObject_LookupAttr`: the attribute, or None when getting it raised AttributeError.
fn lookup_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match attr::getattr_str_opt(vm, obj, name) {
        Ok(v) => Ok(v),
        Err(e) => {
            let ae = vm.types.attribute_error.clone();
            if vm.is_instance_of(&Value::Obj(e.0.clone()), &ae) {
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// `abstract_get_bases`: `cls.__bases__` when it is a tuple (AttributeError means none).
fn abstract_bases(vm: &mut Vm, cls: &Value) -> PyResult<Option<Vec<Value>>> {
    match lookup_attr(vm, cls, "__bases__")? {
        Some(Value::Obj(b)) => match &b.payload {
            Payload::Tuple(items) => Ok(Some(items.to_vec())),
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// `check_class`: `cls` must be a class or have a `__bases__` tuple.
fn check_class(vm: &mut Vm, cls: &Value, msg: &str) -> PyResult<()> {
    if as_type(cls).is_some() || abstract_bases(vm, cls)?.is_some() {
        return Ok(());
    }
    Err(vm.type_error(msg))
}

/// `abstract_issubclass`: walks `__bases__` from `derived` looking for `cls`.
fn abstract_issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    let mut derived = derived.clone();
    let bases = loop {
        if derived.is(cls) {
            return Ok(true);
        }
        let Some(bases) = abstract_bases(vm, &derived)? else { return Ok(false) };
        match bases.len() {
            0 => return Ok(false),
            1 => derived = bases[0].clone(),
            _ => break bases,
        }
    };
    nested(vm, " in __issubclass__", |vm| {
        for b in &bases {
            if abstract_issubclass(vm, b, cls)? {
                return Ok(true);
            }
        }
        Ok(false)
    })
}

/// `object_isinstance` (type.__instancecheck__ and classes without one).
pub fn object_isinstance(vm: &mut Vm, inst: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = as_type(cls) {
        if vm.is_instance_of(inst, t) {
            return Ok(true);
        }
        // __class__ may be overridden
        return Ok(match lookup_attr(vm, inst, "__class__")? {
            Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) && !c.is(&vm.type_of(inst)) => is_subtype(&c, t),
            _ => false,
        });
    }
    check_class(vm, cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")?;
    match lookup_attr(vm, inst, "__class__")? {
        Some(icls) => abstract_issubclass(vm, &icls, cls),
        None => Ok(false),
    }
}

/// `recursive_issubclass` (type.__subclasscheck__ and classes without one).
pub fn recursive_issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    if let (Some(d), Some(c)) = (as_type(derived), as_type(cls)) {
        return Ok(is_subtype(d, c));
    }
    check_class(vm, derived, "issubclass() arg 1 must be a class")?;
    let is_union = crate::types::union::is_union(cls);
    if !is_union {
        check_class(vm, cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")?;
    }
    abstract_issubclass(vm, derived, cls)
}

/// `isinstance(inst, cls)`.
pub fn instance_check(vm: &mut Vm, inst: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = as_type(cls) {
        if vm.type_of(inst).is(t) {
            return Ok(true);
        }
    }
    if is_exact_type(vm, cls) {
        return object_isinstance(vm, inst, cls);
    }
    if let Value::Obj(o) = cls {
        if let Payload::Tuple(items) = &o.payload {
            let items = items.to_vec();
            return nested(vm, " in __instancecheck__", |vm| {
                for c in &items {
                    if instance_check(vm, inst, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            });
        }
    }
    match attr::lookup_special(vm, cls, "__instancecheck__") {
        Some(f) => {
            let r = nested(vm, " in __instancecheck__", |vm| vm.call(&f, &[cls.clone(), inst.clone()]))?;
            vm.truthy(&r)
        }
        None => object_isinstance(vm, inst, cls),
    }
}

/// `issubclass(derived, cls)`.
pub fn subclass_check(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    if is_exact_type(vm, cls) {
        if derived.is(cls) {
            return Ok(true);
        }
        return recursive_issubclass(vm, derived, cls);
    }
    if let Value::Obj(o) = cls {
        if let Payload::Tuple(items) = &o.payload {
            let items = items.to_vec();
            return nested(vm, " in __subclasscheck__", |vm| {
                for c in &items {
                    if subclass_check(vm, derived, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            });
        }
    }
    match attr::lookup_special(vm, cls, "__subclasscheck__") {
        Some(f) => {
            let r = nested(vm, " in __subclasscheck__", |vm| vm.call(&f, &[cls.clone(), derived.clone()]))?;
            vm.truthy(&r)
        }
        None => recursive_issubclass(vm, derived, cls),
    }
}
