//! Attribute access: `getattr`/`setattr`/`delattr` with descriptor precedence, `__getattr__`,
//! `__getattribute__`, type attribute lookup along the MRO, and `super`.

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, Payload};
use crate::objects::typeobj::{lookup_str, tflags, type_data};
use crate::value::Value;
use crate::vm::Vm;

/// Name of an attribute as (text, hash) taken from an interned str object.
#[inline]
pub fn name_parts(name: &ObjRef) -> (&str, i64) {
    match &name.payload {
        Payload::Str(s) => (s.as_str(), s.hash()),
        _ => ("", 0),
    }
}

/// Looks a name up on a type's MRO, through the type's own lookup cache.
#[inline]
pub fn type_lookup(t: &ObjRef, name: &ObjRef) -> Option<Value> {
    let td = type_data(t);
    if let Some((_, v)) = td.cache.borrow().get(&name.addr()) {
        return v.clone();
    }
    let (n, h) = name_parts(name);
    let v = lookup_str(t, n, h);
    td.cache.borrow_mut().insert(name.addr(), (name.clone(), v.clone()));
    v
}

pub fn type_lookup_str(t: &ObjRef, name: &str) -> Option<Value> {
    match interned_name(name) {
        Some(n) => type_lookup(t, &n),
        None => lookup_str(t, name, crate::objects::hash::hash_str(name)),
    }
}

thread_local! {
    /// Str objects for the dunder names native code looks up by `&str`, so those lookups can
    /// use the method cache (hashing the name with ahash instead of SipHash each time).
    static NAMES: std::cell::RefCell<ahash::AHashMap<Box<str>, ObjRef>> = std::cell::RefCell::new(ahash::AHashMap::new());
    static STR_TYPE: std::cell::RefCell<Option<ObjRef>> = const { std::cell::RefCell::new(None) };
}

/// Registers the str type so `interned_name` can create name objects.
pub fn set_str_type(t: &ObjRef) {
    STR_TYPE.with(|s| *s.borrow_mut() = Some(t.clone()));
}

thread_local! {
    /// A direct-mapped cache keyed by the address of the `&str` (call sites pass literals, whose
    /// address is fixed); a hit is confirmed by comparing the text.
    static BY_PTR: std::cell::RefCell<Vec<Option<(usize, ObjRef)>>> = std::cell::RefCell::new(vec![None; 256]);
}

fn interned_name(name: &str) -> Option<ObjRef> {
    let ptr = name.as_ptr() as usize;
    let slot = (ptr >> 3) & 255;
    let hit = BY_PTR.with(|c| match &c.borrow()[slot] {
        Some((p, o)) if *p == ptr => match &o.payload {
            Payload::Str(s) if s.as_str() == name => Some(o.clone()),
            _ => None,
        },
        _ => None,
    });
    if hit.is_some() {
        return hit;
    }
    let found = interned_name_slow(name)?;
    BY_PTR.with(|c| c.borrow_mut()[slot] = Some((ptr, found.clone())));
    Some(found)
}

fn interned_name_slow(name: &str) -> Option<ObjRef> {
    if let Some(o) = NAMES.with(|m| m.borrow().get(name).cloned()) {
        return Some(o);
    }
    if name.len() > 40 {
        return None;
    }
    let st = STR_TYPE.with(|s| s.borrow().clone())?;
    let o = ObjRef::new(st, Payload::Str(crate::objects::str::PyStr::new(name)));
    NAMES.with(|m| m.borrow_mut().insert(name.into(), o.clone()));
    Some(o)
}

/// Marks a type (and its subclasses) as modified: bumps version tags and recomputes the flags
/// that depend on dunder methods.
pub fn type_modified(vm: &mut Vm, t: &ObjRef) {
    let _ = vm;
    let td = type_data(t);
    td.version.set(crate::objects::typeobj::next_version());
    let old = std::mem::take(&mut *td.cache.borrow_mut());
    drop(old);
    let mut f = td.flags.get() & !(tflags::HAS_GETATTRIBUTE | tflags::HAS_GETATTR | tflags::HAS_SETATTR | tflags::HAS_DELATTR | tflags::HAS_DEL);
    if td.has(tflags::HEAPTYPE) && type_lookup_str(t, "__del__").is_some() {
        f |= tflags::HAS_DEL;
    }
    let custom = |name: &str| -> bool {
        match type_lookup_str(t, name) {
            Some(Value::Obj(o)) => matches!(o.payload, Payload::Function(_)) || !matches!(o.payload, Payload::Builtin(_)),
            _ => false,
        }
    };
    if custom("__getattribute__") {
        f |= tflags::HAS_GETATTRIBUTE;
    }
    if type_lookup_str(t, "__getattr__").is_some() {
        f |= tflags::HAS_GETATTR;
    }
    if custom("__setattr__") {
        f |= tflags::HAS_SETATTR;
    }
    if custom("__delattr__") {
        f |= tflags::HAS_DELATTR;
    }
    td.flags.set(f);
    let subs = td.subclasses.borrow().clone();
    for s in subs {
        type_modified(vm, &s);
    }
}

/// Is `d` a data descriptor (its type defines `__set__` or `__delete__`)?
pub fn is_data_descriptor(d: &Value) -> bool {
    match d {
        Value::Obj(o) => match &o.payload {
            Payload::Property(_) | Payload::GetSet(_) | Payload::Member { .. } => true,
            Payload::Function(_) | Payload::Builtin(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_) | Payload::Str(_) => false,
            _ => o.with_class(|c| {
                let td = type_data(c);
                if !td.has(tflags::HEAPTYPE) {
                    return false;
                }
                type_lookup_str(c, "__set__").is_some() || type_lookup_str(c, "__delete__").is_some()
            }),
        },
        _ => false,
    }
}

/// Calls `descr.__get__(obj, owner)` for any descriptor kind; returns None if `descr` is not a
/// descriptor.
pub fn descr_get(vm: &mut Vm, descr: &Value, obj: Option<&Value>, owner: &ObjRef) -> PyResult<Option<Value>> {
    let Value::Obj(d) = descr else { return Ok(None) };
    match &d.payload {
        Payload::Function(_) => Ok(Some(match obj {
            Some(o) => Value::Obj(ObjRef::new(vm.types.method.clone(), Payload::Method { func: descr.clone(), this: o.clone() })),
            None => descr.clone(),
        })),
        Payload::Builtin(b) => {
            use crate::objects::native::mflags;
            if b.owner.is_none() || b.this.is_some() || b.flags & mflags::STATIC != 0 {
                return Ok(Some(descr.clone()));
            }
            if b.flags & mflags::CLASS != 0 {
                let bound = crate::objects::native::BuiltinFunctionData {
                    name: b.name,
                    func: b.func,
                    flags: b.flags,
                    this: Some(Value::Obj(owner.clone())),
                    bound_is_module: false,
                    owner: b.owner.clone(),
                    sig: b.sig,
                    doc: b.doc,
                };
                return Ok(Some(Value::Obj(ObjRef::new(vm.types.builtin_function.clone(), Payload::Builtin(Box::new(bound))))));
            }
            match obj {
                Some(o) => {
                    let bound = crate::objects::native::BuiltinFunctionData {
                        name: b.name,
                        func: b.func,
                        flags: b.flags,
                        this: Some(o.clone()),
                        bound_is_module: false,
                        owner: b.owner.clone(),
                        sig: b.sig,
                        doc: b.doc,
                    };
                    let cls = if d.class().is(&vm.types.wrapper_descriptor) { vm.types.method_wrapper.clone() } else { vm.types.builtin_function.clone() };
                    Ok(Some(Value::Obj(ObjRef::new(cls, Payload::Builtin(Box::new(bound))))))
                }
                None => Ok(Some(descr.clone())),
            }
        }
        Payload::StaticMethod(f) => Ok(Some(f.borrow().clone())),
        Payload::ClassMethod(f) => {
            let f = f.borrow().clone();
            let cls = match obj {
                Some(o) => vm.type_of(o),
                None => owner.clone(),
            };
            // 3.9+: chain to the wrapped object's __get__ (e.g. classmethod(property))
            let is_plain_fn = matches!(&f, Value::Obj(fo) if matches!(fo.payload, Payload::Function(_)));
            if !is_plain_fn {
                if let Some(b) = descr_get(vm, &f, Some(&Value::Obj(cls.clone())), &cls)? {
                    return Ok(Some(b));
                }
            }
            Ok(Some(Value::Obj(ObjRef::new(vm.types.method.clone(), Payload::Method { func: f, this: Value::Obj(cls) }))))
        }
        Payload::Property(p) => match obj {
            None => Ok(Some(descr.clone())),
            Some(o) => {
                let fget = p.borrow()[0].clone();
                if fget.is_none() {
                    let name = property_name(vm, d);
                    let tn = vm.type_name(o);
                    return Err(vm.attribute_error(match name {
                        Some(n) => format!("property {n} of '{tn}' object has no getter"),
                        None => format!("property of '{tn}' object has no getter"),
                    }));
                }
                Ok(Some(vm.call(&fget, &[o.clone()])?))
            }
        },
        Payload::GetSet(g) => match obj {
            None => Ok(Some(descr.clone())),
            Some(o) => {
                if !vm.is_instance_of(o, &g.owner) {
                    let tn = vm.type_name(o);
                    let on = type_data(&g.owner).name.borrow().clone();
                    return Err(vm.type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", g.name, on, tn)));
                }
                Ok(Some((g.get)(vm, o)?))
            }
        },
        Payload::Member { name, index, .. } => match obj {
            None => Ok(Some(descr.clone())),
            Some(Value::Obj(o)) => {
                let v = o.ext.as_ref().and_then(|e| e.slots.get(*index)).and_then(|c| c.get());
                match v {
                    Some(v) => Ok(Some(unwrap_slot(v))),
                    None => {
                        let n = vm.str_of(name);
                        let tn = vm.type_name(&Value::Obj(o.clone()));
                        Err(vm.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
                    }
                }
            }
            Some(_) => Ok(Some(descr.clone())),
        },
        _ => {
            let cls = d.class();
            // builtin types are descriptors only through their own payloads (above), except
            // super, whose `__get__` binds it
            if !type_data(&cls).has(tflags::HEAPTYPE) && !matches!(d.payload, Payload::Super { .. }) {
                return Ok(None);
            }
            match type_lookup_str(&cls, "__get__") {
                Some(get) => {
                    let o = obj.cloned().unwrap_or(Value::None);
                    Ok(Some(vm.call(&get, &[descr.clone(), o, Value::Obj(owner.clone())])?))
                }
                None => Ok(None),
            }
        }
    }
}

fn property_name(vm: &mut Vm, p: &ObjRef) -> Option<String> {
    // the name `__set_name__` gave the property, shown as its repr
    let name = match &p.payload {
        Payload::Property(pp) => pp.borrow()[4].clone(),
        _ => return None,
    };
    if name.is_none() {
        return None;
    }
    crate::protocol::repr::repr(vm, &name).ok()
}

/// `__slots__` values are stored as Obj; immediates are boxed in a 1-tuple.
pub fn unwrap_slot(v: ObjRef) -> Value {
    if let Payload::Tuple(t) = &v.payload {
        if t.len() == 1 && v.refcount() > 0 {
            return t[0].clone();
        }
    }
    Value::Obj(v)
}

/// `getattr(obj, name)`.
pub fn getattr(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<Value> {
    match getattr_opt(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(attr_error(vm, obj, name)),
    }
}

pub fn attr_error(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyErr {
    let n = vm.str_of(name);
    let e = match obj {
        Value::Obj(o) if matches!(o.payload, Payload::Module { .. }) => {
            let mname = match &o.payload {
                Payload::Module { dict } => vm.dict_get_str(dict, "__name__"),
                _ => None,
            };
            match mname {
                Some(Value::Obj(m)) if matches!(m.payload, Payload::Str(_)) => {
                    let m = vm.str_of(&m);
                    vm.attribute_error(format!("module '{m}' has no attribute '{n}'"))
                }
                _ => vm.attribute_error(format!("module has no attribute '{n}'")),
            }
        }
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
            let tn = type_data(o).name.borrow().clone();
            vm.attribute_error(format!("type object '{tn}' has no attribute '{n}'"))
        }
        _ => {
            let tn = vm.type_name(obj);
            vm.attribute_error(format!("'{tn}' object has no attribute '{n}'"))
        }
    };
    vm.set_attr_raw(&e.0, "name", Value::Obj(name.clone()));
    vm.set_attr_raw(&e.0, "obj", obj.clone());
    e
}

/// `getattr` that returns None instead of raising AttributeError (other errors propagate).
pub fn getattr_opt(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
    let cls = vm.type_of(obj);
    let td = type_data(&cls);
    let flags = td.flags.get();
    if flags & tflags::HAS_GETATTRIBUTE != 0 {
        let ga = type_lookup_str(&cls, "__getattribute__").unwrap_or(Value::None);
        let r = vm.call(&ga, &[obj.clone(), Value::Obj(name.clone())]);
        return match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.is_instance_of(&Value::Obj(e.0.clone()), &vm.types.attribute_error.clone()) => {
                if flags & tflags::HAS_GETATTR != 0 {
                    let ga = type_lookup_str(&cls, "__getattr__").unwrap_or(Value::None);
                    return call_getattr_hook(vm, &ga, obj, name);
                }
                Err(e)
            }
            Err(e) => Err(e),
        };
    }
    let r = match obj {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => type_getattr(vm, o, name),
        Value::Obj(o) if matches!(o.payload, Payload::Super { .. }) => super_getattr(vm, o, name),
        _ => generic_getattr(vm, obj, &cls, name),
    };
    let r = match r {
        Ok(r) => r,
        Err(e) => {
            if flags & tflags::HAS_GETATTR != 0 && vm.is_instance_of(&Value::Obj(e.0.clone()), &vm.types.attribute_error.clone()) {
                let ga = type_lookup_str(&cls, "__getattr__").unwrap_or(Value::None);
                return call_getattr_hook(vm, &ga, obj, name);
            }
            return Err(e);
        }
    };
    if r.is_none() && flags & tflags::HAS_GETATTR != 0 {
        let ga = type_lookup_str(&cls, "__getattr__").unwrap_or(Value::None);
        return call_getattr_hook(vm, &ga, obj, name);
    }
    if r.is_none() {
        if let Value::Obj(o) = obj {
            if let Payload::Module { dict } = &o.payload {
                if let Some(ga) = vm.dict_get_str(dict, "__getattr__") {
                    return call_getattr_hook(vm, &ga, &Value::None, name);
                }
            }
        }
    }
    Ok(r)
}

fn call_getattr_hook(vm: &mut Vm, hook: &Value, obj: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
    let args: Vec<Value> = if obj.is_none() { vec![Value::Obj(name.clone())] } else { vec![obj.clone(), Value::Obj(name.clone())] };
    vm.call(hook, &args).map(Some)
}

/// `object.__getattribute__`: data descriptors, then the instance dict, then other
/// descriptors and plain class attributes. Returns None when not found.
pub fn generic_getattr(vm: &mut Vm, obj: &Value, cls: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
    let descr = type_lookup(cls, name);
    if let Some(d) = &descr {
        if is_data_descriptor(d) {
            // a data descriptor without `__get__` lets the instance dict win, then is itself
            // the attribute
            if let Some(v) = descr_get(vm, d, Some(obj), cls)? {
                return Ok(Some(v));
            }
        }
    }
    if let Value::Obj(o) = obj {
        let dict = match &o.payload {
            Payload::Module { dict } => Some(dict.clone()),
            _ => o.ext.as_ref().and_then(|e| e.dict.get()),
        };
        if let Some(d) = dict {
            if let Payload::Dict(dd) = &d.payload {
                let (n, h) = name_parts(name);
                let found = dd.borrow().get_str(n, h).cloned();
                if let Some(v) = found {
                    return Ok(Some(v));
                }
            }
        }
    }
    match descr {
        Some(d) => match descr_get(vm, &d, Some(obj), cls)? {
            Some(v) => Ok(Some(v)),
            None => Ok(Some(d)),
        },
        None => Ok(None),
    }
}

/// `type.__getattribute__`: metatype data descriptors, then the type's own MRO (binding with
/// `__get__(None, type)`), then metatype attributes.
pub fn type_getattr(vm: &mut Vm, t: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
    let meta = t.class();
    let meta_attr = type_lookup(&meta, name);
    if let Some(d) = &meta_attr {
        if is_data_descriptor(d) {
            return descr_get(vm, d, Some(&Value::Obj(t.clone())), &meta);
        }
    }
    if let Some(v) = type_lookup(t, name) {
        return match descr_get(vm, &v, None, t)? {
            Some(b) => Ok(Some(b)),
            None => Ok(Some(v)),
        };
    }
    match meta_attr {
        Some(d) => match descr_get(vm, &d, Some(&Value::Obj(t.clone())), &meta)? {
            Some(v) => Ok(Some(v)),
            None => Ok(Some(d)),
        },
        None => Ok(None),
    }
}

fn super_getattr(vm: &mut Vm, s: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
    let Payload::Super { ty, obj, obj_type } = &s.payload else { return Ok(None) };
    let (n, _) = name_parts(name);
    if n == "__class__" {
        return generic_getattr(vm, &Value::Obj(s.clone()), &s.class(), name);
    }
    if let Some(start) = obj_type {
        let mro = type_data(start).mro.borrow().clone();
        let mut skip = true;
        for c in mro.iter() {
            if skip {
                if c.is(ty) {
                    skip = false;
                }
                continue;
            }
            let (n, h) = name_parts(name);
            let found = if let Payload::Dict(d) = &type_data(c).dict.payload { d.borrow().get_str(n, h).cloned() } else { None };
            if let Some(v) = found {
                let inst = if obj.is(&Value::Obj(start.clone())) && !matches!(obj, Value::Obj(o) if !matches!(o.payload, Payload::Type(_))) {
                    None
                } else {
                    Some(obj)
                };
                let inst = if let Value::Obj(o) = obj {
                    if o.is(start) {
                        None
                    } else {
                        inst
                    }
                } else {
                    inst
                };
                return match descr_get(vm, &v, inst, start)? {
                    Some(b) => Ok(Some(b)),
                    None => Ok(Some(v)),
                };
            }
        }
    }
    generic_getattr(vm, &Value::Obj(s.clone()), &s.class(), name)
}

/// `setattr(obj, name, value)`; `value` None means delete.
pub fn setattr(vm: &mut Vm, obj: &Value, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let cls = vm.type_of(obj);
    let flags = type_data(&cls).flags.get();
    if value.is_some() && flags & tflags::HAS_SETATTR != 0 {
        let sa = type_lookup_str(&cls, "__setattr__").unwrap_or(Value::None);
        vm.call(&sa, &[obj.clone(), Value::Obj(name.clone()), value.unwrap_or(Value::None)])?;
        return Ok(());
    }
    if value.is_none() && flags & tflags::HAS_DELATTR != 0 {
        let da = type_lookup_str(&cls, "__delattr__").unwrap_or(Value::None);
        vm.call(&da, &[obj.clone(), Value::Obj(name.clone())])?;
        return Ok(());
    }
    generic_setattr(vm, obj, name, value)
}

/// `object.__setattr__` / `object.__delattr__`.
pub fn generic_setattr(vm: &mut Vm, obj: &Value, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let cls = vm.type_of(obj);
    if let Value::Obj(o) = obj {
        if let Payload::Type(td) = &o.payload {
            return type_setattr(vm, o, td, name, value);
        }
    }
    if let Some(d) = type_lookup(&cls, name) {
        if let Value::Obj(dobj) = &d {
            match &dobj.payload {
                Payload::Property(p) => {
                    let idx = if value.is_some() { 1 } else { 2 };
                    let f = p.borrow()[idx].clone();
                    if f.is_none() {
                        let pname = property_name(vm, dobj);
                        let tn = vm.type_name(obj);
                        let what = if value.is_some() { "setter" } else { "deleter" };
                        return Err(vm.attribute_error(match pname {
                            Some(n) => format!("property {n} of '{tn}' object has no {what}"),
                            None => format!("property of '{tn}' object has no {what}"),
                        }));
                    }
                    match value {
                        Some(v) => vm.call(&f, &[obj.clone(), v])?,
                        None => vm.call(&f, &[obj.clone()])?,
                    };
                    return Ok(());
                }
                Payload::GetSet(g) => {
                    return match g.set {
                        Some(set) => set(vm, obj, value),
                        None => {
                            let tn = vm.type_name(obj);
                            Err(vm.attribute_error(format!("attribute '{}' of '{}' objects is not writable", g.name, tn)))
                        }
                    };
                }
                Payload::Member { index, name: mname, .. } => {
                    if let Value::Obj(o) = obj {
                        if let Some(cell) = o.ext.as_ref().and_then(|e| e.slots.get(*index)) {
                            match value {
                                Some(v) => {
                                    let boxed = match v {
                                        Value::Obj(x) if !matches!(x.payload, Payload::Tuple(_)) => x,
                                        other => vm.new_tuple_obj(vec![other]),
                                    };
                                    cell.set(Some(boxed));
                                }
                                None => {
                                    if cell.take().is_none() {
                                        let n = vm.str_of(mname);
                                        return Err(vm.attribute_error(n));
                                    }
                                }
                            }
                            return Ok(());
                        }
                    }
                }
                _ => {
                    if is_data_descriptor(&d) {
                        let dcls = dobj.class();
                        let m = if value.is_some() { type_lookup_str(&dcls, "__set__") } else { type_lookup_str(&dcls, "__delete__") };
                        if let Some(m) = m {
                            match value {
                                Some(v) => vm.call(&m, &[d.clone(), obj.clone(), v])?,
                                None => vm.call(&m, &[d.clone(), obj.clone()])?,
                            };
                            return Ok(());
                        }
                        return Err(vm.attribute_error(if value.is_some() { "__set__" } else { "__delete__" }));
                    }
                }
            }
        }
    }
    if let Value::Obj(o) = obj {
        let dict = match &o.payload {
            Payload::Module { dict } => Some(dict.clone()),
            _ => vm.instance_dict(o),
        };
        if let Some(d) = dict {
            if let Payload::Dict(dd) = &d.payload {
                match value {
                    Some(v) => {
                        let old = dd.borrow_mut().set_str(name.clone(), v);
                        drop(old);
                    }
                    None => {
                        let (n, h) = name_parts(name);
                        let idx = dd.borrow().find_str(n, h);
                        let removed = idx.and_then(|i| dd.borrow_mut().remove_entry(i));
                        if removed.is_none() {
                            return Err(attr_error(vm, obj, name));
                        }
                    }
                }
                return Ok(());
            }
        }
    }
    let tn = vm.type_name(obj);
    let n = vm.str_of(name);
    if type_lookup(&cls, name).is_some() {
        return Err(vm.attribute_error(format!("'{tn}' object attribute '{n}' is read-only")));
    }
    Err(vm.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
}

fn type_setattr(vm: &mut Vm, t: &ObjRef, td: &crate::objects::typeobj::TypeData, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let meta = t.class();
    if let Some(d) = type_lookup(&meta, name) {
        if is_data_descriptor(&d) && !matches!(&d, Value::Obj(o) if matches!(o.payload, Payload::GetSet(_)) && vm.str_of(name) == "__doc__") {
            if let Value::Obj(dobj) = &d {
                if let Payload::GetSet(g) = &dobj.payload {
                    if let Some(set) = g.set {
                        return set(vm, &Value::Obj(t.clone()), value);
                    }
                    let n = vm.str_of(name);
                    let tn = td.name.borrow().clone();
                    return Err(vm.attribute_error(format!("attribute '{n}' of 'type' objects is not writable")).with_name_hint(&tn));
                }
            }
        }
    }
    if td.has(tflags::IMMUTABLE) && !td.has(tflags::HEAPTYPE) {
        let n = vm.str_of(name);
        let tn = td.name.borrow().clone();
        return Err(vm.type_error(format!("cannot set '{n}' attribute of immutable type '{tn}'")));
    }
    if let Payload::Dict(dd) = &td.dict.payload {
        match value {
            Some(v) => {
                let old = dd.borrow_mut().set_str(name.clone(), v);
                drop(old);
            }
            None => {
                let (n, h) = name_parts(name);
                let idx = dd.borrow().find_str(n, h);
                let removed = idx.and_then(|i| dd.borrow_mut().remove_entry(i));
                if removed.is_none() {
                    let tn = td.name.borrow().clone();
                    return Err(vm.attribute_error(format!("type object '{tn}' has no attribute '{n}'")));
                }
            }
        }
    }
    type_modified(vm, t);
    Ok(())
}

trait WithHint {
    fn with_name_hint(self, n: &str) -> Self;
}
impl WithHint for PyErr {
    fn with_name_hint(self, _n: &str) -> Self {
        self
    }
}

/// Loads a method for a call without creating a bound method when possible: returns
/// (callable, Some(self)) for functions found on the type, (bound value, None) otherwise.
pub fn load_method(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<(Value, Option<Value>)> {
    let cls = vm.type_of(obj);
    let td = type_data(&cls);
    if td.has(tflags::HAS_GETATTRIBUTE) || matches!(obj, Value::Obj(o) if matches!(o.payload, Payload::Type(_) | Payload::Super { .. })) {
        return Ok((getattr(vm, obj, name)?, None));
    }
    if let Some(d) = type_lookup(&cls, name) {
        let is_plain_method = match &d {
            Value::Obj(o) => match &o.payload {
                Payload::Function(_) => true,
                Payload::Builtin(b) => {
                    b.owner.is_some() && b.this.is_none() && b.flags & (crate::objects::native::mflags::CLASS | crate::objects::native::mflags::STATIC) == 0
                }
                _ => false,
            },
            _ => false,
        };
        if is_plain_method {
            // an instance attribute shadows the method
            if let Value::Obj(o) = obj {
                let dict = match &o.payload {
                    Payload::Module { dict } => Some(dict.clone()),
                    _ => o.ext.as_ref().and_then(|e| e.dict.get()),
                };
                if let Some(dd) = dict {
                    if let Payload::Dict(dd) = &dd.payload {
                        let (n, h) = name_parts(name);
                        if let Some(v) = dd.borrow().get_str(n, h) {
                            return Ok((v.clone(), None));
                        }
                    }
                }
            }
            return Ok((d, Some(obj.clone())));
        }
    }
    Ok((getattr(vm, obj, name)?, None))
}

/// Convenience: getattr by Rust string.
pub fn getattr_str(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    let n = vm.intern(name);
    getattr(vm, obj, &n)
}

pub fn getattr_str_opt(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let n = vm.intern(name);
    getattr_opt(vm, obj, &n)
}

/// Looks up a special method on the type (not the instance), as the interpreter does for
/// dunders; callers call the result with `self` first. A function or native method is
/// returned as it is; anything else (a staticmethod, classmethod, property, any descriptor or
/// plain callable stored under a dunder name) is wrapped so that calling it with `self` does
/// what CPython's `lookup_maybe_method` + `call_unbound` do: bind it with `__get__(self,
/// type(self))` when its type has one, and call the result without `self`.
pub fn lookup_special(vm: &Vm, obj: &Value, name: &str) -> Option<Value> {
    let cls = vm.type_of(obj);
    special_method(vm, &cls, name)
}

/// `lookup_special` on a type: the dunder `name` of instances of `cls`, callable with the
/// instance first.
pub fn special_method(vm: &Vm, cls: &ObjRef, name: &str) -> Option<Value> {
    let v = type_lookup_str(cls, name)?;
    match &v {
        Value::Obj(o) if !matches!(o.payload, Payload::Function(_) | Payload::Builtin(_)) => Some(Value::Obj(ObjRef::new(
            vm.types.builtin_function.clone(),
            Payload::Builtin(Box::new(crate::objects::native::BuiltinFunctionData {
                name: "__special__",
                func: call_special_descriptor,
                flags: 0,
                this: Some(v.clone()),
                bound_is_module: false,
                owner: None,
                sig: "",
                doc: "",
            })),
        ))),
        _ => Some(v),
    }
}

/// The wrapper `lookup_special` makes: args are (descriptor, self, rest…).
fn call_special_descriptor(vm: &mut Vm, a: crate::objects::native::Args) -> PyResult<Value> {
    let (Some(descr), Some(this)) = (a.values.first(), a.values.get(1)) else {
        return Err(vm.type_error("special method called without an instance"));
    };
    let rest = &a.values[2..];
    let kwnames = a.kwnames;
    let cls = vm.type_of(this);
    let target = match descr_get(vm, descr, Some(this), &cls)? {
        Some(bound) => bound,
        None => descr.clone(),
    };
    vm.call_args(&target, crate::objects::native::Args::with_kw(rest, kwnames))
}
