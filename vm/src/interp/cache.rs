//! Specialisation through inline caches (DESIGN.md §6): attribute loads and stores, method loads
//! and global loads remember what they found, guarded by type version tags and dict keys
//! versions, so the next execution skips the MRO walk and the hash lookups.
//!
//! A guard failure is never an error: the instruction falls back to the generic protocol and
//! refills its cache from what that found. Only states whose result the guard fully determines
//! are cached, so a hit always returns what the generic path would have.

use super::Frame;
use crate::bytecode::InlineCache;
use crate::error::PyResult;
use crate::object::{ObjRef, Payload};
use crate::objects::dict::DictData;
use crate::objects::typeobj::{tflags, type_data};
use crate::protocol::attr;
use crate::value::Value;
use crate::vm::Vm;

/// `obj.name` read from the instance dict (type version: no data descriptor shadows it).
const ATTR_INSTANCE_DICT: u8 = 1;
/// `module.name` read from the module dict (its keys version and an entry index).
const ATTR_MODULE: u8 = 2;
/// A plain method found on the type (type version), when the instance dict does not shadow it.
const METHOD_ON_TYPE: u8 = 3;
/// `obj.name = v` stored into the instance dict entry (type version: no data descriptor or
/// `__setattr__` intervenes).
const STORE_INSTANCE_DICT: u8 = 4;
/// A global found in the globals dict (its keys version and an entry index).
const GLOBAL_IN_GLOBALS: u8 = 5;
/// A global found in builtins (keys versions of both dicts and an entry index).
const GLOBAL_IN_BUILTINS: u8 = 6;
/// Calling a plain class: its `__init__` (type version).
const CALL_PLAIN_CLASS: u8 = 7;
/// Calling a class with a native `__new__` and `object.__init__`: the `__new__` (type version).
const CALL_NATIVE_NEW: u8 = 8;
/// A store to an existing global: the globals' keys version and the entry index.
const STORE_GLOBAL_ENTRY: u8 = 9;

#[inline(always)]
fn class_version(vm: &Vm, v: &Value) -> u32 {
    match v {
        Value::Obj(o) => o.with_class(|c| type_data(c).version.get()),
        Value::None => type_data(&vm.types.none_type).version.get(),
        Value::Bool(_) => type_data(&vm.types.bool_).version.get(),
        Value::Int(_) => type_data(&vm.types.int).version.get(),
        Value::Float(_) => type_data(&vm.types.float).version.get(),
    }
}

#[inline(always)]
fn with_dict<R>(d: &ObjRef, f: impl FnOnce(&std::cell::RefCell<DictData>) -> Option<R>) -> Option<R> {
    match &d.payload {
        Payload::Dict(dd) => f(dd),
        _ => None,
    }
}

/// The instance dict value for `name`, using and refreshing the cache's position hint.
#[inline(always)]
fn instance_dict_get(o: &ObjRef, name: &ObjRef, c: &InlineCache) -> Option<Value> {
    let ext = o.ext.as_ref()?;
    ext.dict.with(|d| {
        with_dict(d?, |dd| {
            let dd = dd.borrow();
            if let Some(v) = dd.value_if_key_is(c.index.get() as usize, name) {
                return Some(v.clone());
            }
            let (n, h) = attr::name_parts(name);
            let i = dd.find_str(n, h)?;
            c.index.set(i as u32);
            dd.value_at(i).cloned()
        })
    })
}

/// Does the instance dict of `o` (if any) contain `name`?
#[inline(always)]
fn instance_dict_has(o: &ObjRef, name: &ObjRef) -> bool {
    let Some(ext) = o.ext.as_ref() else { return false };
    ext.dict.with(|d| match d {
        Some(d) => match &d.payload {
            Payload::Dict(dd) => {
                let dd = dd.borrow();
                let (n, h) = attr::name_parts(name);
                dd.may_contain_hash(h) && dd.find_str(n, h).is_some()
            }
            _ => true,
        },
        None => false,
    })
}

#[inline(always)]
fn module_get(o: &ObjRef, c: &InlineCache) -> Option<Value> {
    let Payload::Module { dict } = &o.payload else { return None };
    if o.with_class(|cls| type_data(cls).version.get()) != c.version.get() {
        return None;
    }
    with_dict(dict, |dd| {
        let dd = dd.borrow();
        if dd.keys_version() != c.keys.get() {
            return None;
        }
        dd.value_at(c.index.get() as usize).cloned()
    })
}

/// Can attributes of `o` be cached under its type's version? Types and super objects have
/// their own lookup rules, and `__getattribute__` overrides everything.
fn plain_lookup(o: &ObjRef) -> bool {
    !matches!(o.payload, Payload::Type(_) | Payload::Super { .. }) && o.with_class(|c| !type_data(c).has(tflags::HAS_GETATTRIBUTE))
}

/// Remembers where the module attribute `name` lives, if the module type does not intervene.
fn fill_module(o: &ObjRef, name: &ObjRef, c: &InlineCache) {
    let Payload::Module { dict } = &o.payload else { return };
    if !plain_lookup(o) || o.with_class(|cls| attr::type_lookup(cls, name).is_some()) {
        return;
    }
    let (n, h) = attr::name_parts(name);
    with_dict(dict, |dd| {
        let dd = dd.borrow();
        let i = dd.find_str(n, h)?;
        c.kind.set(ATTR_MODULE);
        c.version.set(o.with_class(|cls| type_data(cls).version.get()));
        c.keys.set(dd.keys_version());
        c.index.set(i as u32);
        Some(())
    });
}

/// `LOAD_ATTR`.
#[inline]
pub fn load_attr(vm: &mut Vm, obj: &Value, name: &ObjRef, c: &InlineCache) -> PyResult<Value> {
    if let Value::Obj(o) = obj {
        match c.kind.get() {
            ATTR_INSTANCE_DICT if o.with_class(|cls| type_data(cls).version.get()) == c.version.get() => {
                if let Some(v) = instance_dict_get(o, name, c) {
                    return Ok(v);
                }
            }
            ATTR_MODULE => {
                if let Some(v) = module_get(o, c) {
                    return Ok(v);
                }
            }
            _ => {}
        }
    }
    let v = attr::getattr(vm, obj, name)?;
    if let Value::Obj(o) = obj {
        fill_load_attr(o, name, c);
    }
    Ok(v)
}

fn fill_load_attr(o: &ObjRef, name: &ObjRef, c: &InlineCache) {
    if matches!(o.payload, Payload::Module { .. }) {
        return fill_module(o, name, c);
    }
    if o.ext.is_none() || !plain_lookup(o) {
        return;
    }
    let (shadowed, version) = o.with_class(|cls| {
        let shadowed = attr::type_lookup(cls, name).map(|d| attr::is_data_descriptor(&d)).unwrap_or(false);
        (shadowed, type_data(cls).version.get())
    });
    if shadowed {
        return;
    }
    c.version.set(version);
    if instance_dict_get(o, name, c).is_some() {
        c.kind.set(ATTR_INSTANCE_DICT);
    }
}

/// `LOAD_METHOD`: (callable, Some(self)) for a plain method, (attribute, None) otherwise.
#[inline]
pub fn load_method(vm: &mut Vm, obj: &Value, name: &ObjRef, c: &InlineCache) -> PyResult<(Value, Option<Value>)> {
    match c.kind.get() {
        METHOD_ON_TYPE if class_version(vm, obj) == c.version.get() => {
            let shadowed = match obj {
                Value::Obj(o) => instance_dict_has(o, name),
                _ => false,
            };
            if !shadowed {
                if let Some(m) = c.obj.get() {
                    return Ok((Value::Obj(m), Some(obj.clone())));
                }
            }
        }
        ATTR_MODULE => {
            if let Value::Obj(o) = obj {
                if let Some(v) = module_get(o, c) {
                    return Ok((v, None));
                }
            }
        }
        _ => {}
    }
    let r = attr::load_method(vm, obj, name)?;
    match (obj, &r) {
        (Value::Obj(o), _) if matches!(o.payload, Payload::Module { .. }) => fill_module(o, name, c),
        (_, (Value::Obj(m), Some(_))) => {
            let cacheable = match obj {
                Value::Obj(o) => plain_lookup(o),
                _ => true,
            };
            if cacheable {
                c.kind.set(METHOD_ON_TYPE);
                c.version.set(class_version(vm, obj));
                c.obj.set(Some(m.clone()));
            }
        }
        _ => {}
    }
    Ok(r)
}

/// `STORE_ATTR`.
#[inline]
pub fn store_attr(vm: &mut Vm, obj: &Value, name: &ObjRef, value: Value, c: &InlineCache) -> PyResult<()> {
    if let Value::Obj(o) = obj {
        if c.kind.get() == STORE_INSTANCE_DICT && o.with_class(|cls| type_data(cls).version.get()) == c.version.get() {
            if let Some(d) = vm.instance_dict(o) {
                if let Payload::Dict(dd) = &d.payload {
                    let old = {
                        let mut dd = dd.borrow_mut();
                        match dd.value_mut_if_key_is(c.index.get() as usize, name) {
                            Some(slot) => {
                                let old = std::mem::replace(slot, value);
                                dd.version += 1;
                                Some(old)
                            }
                            None => {
                                let (old, i) = dd.set_str_at(name.clone(), value);
                                c.index.set(i as u32);
                                old
                            }
                        }
                    };
                    // dropped after the dict borrow ends: a destructor may run Python code
                    drop(old);
                    return Ok(());
                }
            }
        }
    }
    attr::setattr(vm, obj, name, Some(value))?;
    if let Value::Obj(o) = obj {
        fill_store_attr(o, name, c);
    }
    Ok(())
}

fn fill_store_attr(o: &ObjRef, name: &ObjRef, c: &InlineCache) {
    if o.ext.is_none() || matches!(o.payload, Payload::Type(_) | Payload::Module { .. }) {
        return;
    }
    let (ok, version) = o.with_class(|cls| {
        let td = type_data(cls);
        let ok = !td.has(tflags::HAS_SETATTR) && !attr::type_lookup(cls, name).map(|d| attr::is_data_descriptor(&d)).unwrap_or(false);
        (ok, td.version.get())
    });
    // the store just went to the instance dict: remember where
    if ok && instance_dict_get(o, name, c).is_some() {
        c.version.set(version);
        c.kind.set(STORE_INSTANCE_DICT);
    }
}

/// How a `CALL` of a class can skip `type.__call__`.
pub enum ClassCall {
    /// a plain class (`object.__new__`, a Python `__init__`): allocate the instance and push
    /// the `__init__` frame in the loop
    Init(ObjRef),
    /// a native `__new__` with `object.__init__` (`str(x)`, `int(x)`, `tuple(xs)`…): the call
    /// is `__new__(cls, *args)`, since `object.__init__` accepts anything when `__new__` is
    /// overridden and does nothing
    NativeNew(ObjRef),
    Generic,
}

/// Classifies a class call (cached under the class's version tag; the metaclass must be
/// `type` itself, whose `__call__` cannot change).
#[inline]
pub fn class_call(vm: &Vm, cls: &ObjRef, c: &InlineCache) -> ClassCall {
    let td = type_data(cls);
    if !cls.with_class(|m| m.is(&vm.types.type_)) {
        return ClassCall::Generic;
    }
    if c.version.get() == td.version.get() {
        match (c.kind.get(), c.obj.get()) {
            (CALL_PLAIN_CLASS, Some(init)) => return ClassCall::Init(init),
            (CALL_NATIVE_NEW, Some(new)) => return ClassCall::NativeNew(new),
            _ => {}
        }
    }
    if td.has(tflags::IS_ABSTRACT) {
        return ClassCall::Generic;
    }
    let Some(new) = attr::type_lookup_str(cls, "__new__") else { return ClassCall::Generic };
    let new = match &new {
        Value::Obj(o) => match &o.payload {
            Payload::StaticMethod(f) => f.borrow().clone(),
            _ => new.clone(),
        },
        _ => new,
    };
    let Some(Value::Obj(init)) = attr::type_lookup_str(cls, "__init__") else { return ClassCall::Generic };
    let object_new = crate::protocol::call::is_object_method(vm, &new);
    let (kind, obj) = if object_new && td.layout == crate::objects::typeobj::Layout::Object && matches!(init.payload, Payload::Function(_)) {
        (CALL_PLAIN_CLASS, init)
    } else if !object_new && crate::protocol::call::is_object_method(vm, &Value::Obj(init)) {
        match new {
            Value::Obj(n) if matches!(n.payload, Payload::Builtin(_)) => (CALL_NATIVE_NEW, n),
            _ => return ClassCall::Generic,
        }
    } else {
        return ClassCall::Generic;
    };
    c.kind.set(kind);
    c.version.set(td.version.get());
    c.obj.set(Some(obj.clone()));
    if kind == CALL_PLAIN_CLASS {
        ClassCall::Init(obj)
    } else {
        ClassCall::NativeNew(obj)
    }
}

/// `LOAD_GLOBAL` (and `LOAD_NAME` in a module body, whose locals are its globals).
#[inline]
pub fn load_global(vm: &mut Vm, f: &Frame, name: &ObjRef, c: &InlineCache) -> PyResult<Value> {
    let (Payload::Dict(g), Payload::Dict(b)) = (&f.globals.payload, &f.builtins.payload) else {
        return super::ops::load_global(vm, f, name);
    };
    let idx = c.index.get() as usize;
    match c.kind.get() {
        GLOBAL_IN_GLOBALS => {
            let g = g.borrow();
            if g.keys_version() == c.keys.get() {
                if let Some(v) = g.value_at(idx) {
                    return Ok(v.clone());
                }
            }
        }
        GLOBAL_IN_BUILTINS => {
            if g.borrow().keys_version() == c.keys.get() {
                let b = b.borrow();
                if b.keys_version() == c.keys2.get() {
                    if let Some(v) = b.value_at(idx) {
                        return Ok(v.clone());
                    }
                }
            }
        }
        _ => {}
    }
    let (n, h) = attr::name_parts(name);
    {
        let gd = g.borrow();
        if let Some(i) = gd.find_str(n, h) {
            c.kind.set(GLOBAL_IN_GLOBALS);
            c.keys.set(gd.keys_version());
            c.index.set(i as u32);
            if let Some(v) = gd.value_at(i) {
                return Ok(v.clone());
            }
        }
    }
    {
        let bd = b.borrow();
        if let Some(i) = bd.find_str(n, h) {
            c.kind.set(GLOBAL_IN_BUILTINS);
            c.keys.set(g.borrow().keys_version());
            c.keys2.set(bd.keys_version());
            c.index.set(i as u32);
            if let Some(v) = bd.value_at(i) {
                return Ok(v.clone());
            }
        }
    }
    super::ops::load_global(vm, f, name)
}

/// `STORE_GLOBAL` (and `STORE_NAME` in a module body): replaces the value of a known entry
/// in place when the globals' keys have not changed.
#[inline]
pub fn store_global(vm: &mut Vm, globals: &ObjRef, name: &ObjRef, value: Value, c: &InlineCache) -> PyResult<()> {
    let Payload::Dict(g) = &globals.payload else {
        return crate::protocol::dictops::dict_setitem(vm, globals, Value::Obj(name.clone()), value);
    };
    let mut value = Some(value);
    if c.kind.get() == STORE_GLOBAL_ENTRY {
        let old = {
            let mut gd = g.borrow_mut();
            if gd.keys_version() == c.keys.get() {
                let i = c.index.get() as usize;
                match (gd.value_mut_if_key_is(i, name), value.take()) {
                    (Some(slot), Some(v)) => {
                        let old = std::mem::replace(slot, v);
                        gd.version += 1;
                        Some(old)
                    }
                    (_, v) => {
                        value = v;
                        None
                    }
                }
            } else {
                None
            }
        };
        if let Some(old) = old {
            // dropped after the dict borrow ends: a destructor may run Python code
            drop(old);
            return Ok(());
        }
    }
    let value = value.unwrap_or(Value::None);
    crate::protocol::dictops::dict_setitem(vm, globals, Value::Obj(name.clone()), value)?;
    let gd = g.borrow();
    let (n, h) = attr::name_parts(name);
    if let Some(i) = gd.find_str(n, h) {
        if gd.value_if_key_is(i, name).is_some() {
            c.kind.set(STORE_GLOBAL_ENTRY);
            c.keys.set(gd.keys_version());
            c.index.set(i as u32);
        }
    }
    Ok(())
}
