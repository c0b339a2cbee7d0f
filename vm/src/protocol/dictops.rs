//! Dict operations that may run Python code (`__hash__`, `__eq__` of keys): lookup, insert,
//! delete, update from mappings and iterables of pairs.

use crate::error::PyResult;
use crate::object::{ObjRef, Payload};
use crate::objects::dict::{DictData, Slot, StrLookup};
use crate::protocol::compare::fast_eq;
use crate::protocol::{attr, seq};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

fn data(d: &ObjRef) -> &RefCell<DictData> {
    match &d.payload {
        Payload::Dict(dd) => dd,
        _ => panic!("not a dict"),
    }
}

/// Finds the entry index for `key`, running `__eq__` outside any borrow.
pub fn lookup(vm: &mut Vm, d: &ObjRef, key: &Value, hash: i64) -> PyResult<Result<usize, usize>> {
    let dd = data(d);
    'restart: loop {
        let mut probe = dd.borrow().probe_start(hash);
        loop {
            let step = dd.borrow().probe(hash, &mut probe);
            match step {
                Slot::Vacant { slot } => return Ok(Err(slot)),
                Slot::Candidate { entry } => {
                    let (k, version) = {
                        let b = dd.borrow();
                        match b.entry(entry) {
                            Some(e) => (e.key.clone(), b.version),
                            None => continue,
                        }
                    };
                    match fast_eq(&k, key) {
                        Some(true) => return Ok(Ok(entry)),
                        Some(false) => continue,
                        None => {
                            let eq = vm.eq(&k, key)?;
                            let b = dd.borrow();
                            if b.version != version {
                                drop(b);
                                continue 'restart;
                            }
                            if eq {
                                return Ok(Ok(entry));
                            }
                        }
                    }
                }
            }
        }
    }
}

pub fn dict_getitem_opt(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    if let Value::Obj(k) = key {
        if let Payload::Str(s) = &k.payload {
            if k.with_class(|c| c.is(&vm.types.str)) {
                let b = data(d).borrow();
                match b.find_str_exact(s.as_str(), s.hash()) {
                    StrLookup::Found(i) => return Ok(b.entry(i).map(|e| e.value.clone())),
                    StrLookup::Absent => return Ok(None),
                    // a key of another type with the same hash: its __eq__ decides
                    StrLookup::Unknown => {}
                }
            }
        }
    }
    let h = vm.hash(key)?;
    match lookup(vm, d, key, h)? {
        Ok(i) => Ok(data(d).borrow().entry(i).map(|e| e.value.clone())),
        Err(_) => Ok(None),
    }
}

pub fn dict_setitem(vm: &mut Vm, d: &ObjRef, key: Value, value: Value) -> PyResult<()> {
    // exact str keys: hashing and comparing run no Python code
    if let Value::Obj(k) = &key {
        if let Payload::Str(s) = &k.payload {
            if k.with_class(|c| c.is(&vm.types.str)) {
                let found = data(d).borrow().find_str_exact(s.as_str(), s.hash());
                match found {
                    StrLookup::Found(i) => {
                        let old = {
                            let mut b = data(d).borrow_mut();
                            b.version += 1;
                            b.entry_mut(i).map(|e| std::mem::replace(&mut e.value, value))
                        };
                        drop(old);
                        return Ok(());
                    }
                    StrLookup::Absent => {
                        data(d).borrow_mut().insert_new(s.hash(), key, value, usize::MAX);
                        return Ok(());
                    }
                    StrLookup::Unknown => {}
                }
            }
        }
    }
    let h = vm.hash(&key)?;
    match lookup(vm, d, &key, h)? {
        Ok(i) => {
            let old = {
                let mut b = data(d).borrow_mut();
                b.version += 1;
                b.entry_mut(i).map(|e| std::mem::replace(&mut e.value, value))
            };
            drop(old);
        }
        Err(slot) => data(d).borrow_mut().insert_new(h, key, value, slot),
    }
    Ok(())
}

/// Removes `key`; Ok(false) if absent.
pub fn dict_delitem_opt(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<bool> {
    Ok(dict_pop(vm, d, key)?.is_some())
}

pub fn dict_pop(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    match lookup(vm, d, key, h)? {
        Ok(i) => {
            let e = data(d).borrow_mut().remove_entry(i);
            Ok(e.map(|e| e.value))
        }
        Err(_) => Ok(None),
    }
}

pub fn dict_contains(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<bool> {
    let h = vm.hash(key)?;
    Ok(lookup(vm, d, key, h)?.is_ok())
}

pub fn is_mapping_like(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => true,
        _ => attr::lookup_special(vm, v, "keys").is_some() && attr::lookup_special(vm, v, "__getitem__").is_some(),
    }
}

/// (key, value) pairs of any mapping (dict fast path, else keys() + __getitem__).
pub fn mapping_items(vm: &mut Vm, m: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Value::Obj(o) = m {
        if let Payload::Dict(d) = &o.payload {
            if o.class().is(&vm.types.dict)
                || attr::lookup_special(vm, m, "keys").map(|k| matches!(&k, Value::Obj(ko) if matches!(ko.payload, Payload::Builtin(_)))).unwrap_or(true)
            {
                return Ok(d.borrow().items());
            }
        }
    }
    let keys = vm.call_method(m, "keys", &[])?;
    let keys = seq::to_vec(vm, &keys)?;
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        let v = seq::getitem(vm, m, &k)?;
        out.push((k, v));
    }
    Ok(out)
}

/// `d.update(other)` for a mapping or an iterable of pairs.
pub fn dict_update(vm: &mut Vm, d: &ObjRef, other: &Value) -> PyResult<()> {
    if is_mapping_like(vm, other) {
        for (k, v) in mapping_items(vm, other)? {
            dict_setitem(vm, d, k, v)?;
        }
        return Ok(());
    }
    let it = match seq::get_iter(vm, other) {
        Ok(it) => it,
        Err(e) => {
            if !seq::is_iterable(vm, other) {
                let tn = vm.type_name(other);
                return Err(vm.type_error(format!("'{tn}' object is not iterable")));
            }
            return Err(e);
        }
    };
    let mut i = 0;
    while let Some(item) = seq::next(vm, &it)? {
        let pair = match seq::to_vec(vm, &item) {
            Ok(p) => p,
            Err(_) => {
                let tn = vm.type_name(&item);
                return Err(vm.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence")).with_type(tn));
            }
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!("dictionary update sequence element #{i} has length {}; 2 is required", pair.len())));
        }
        let mut p = pair.into_iter();
        let (k, v) = (p.next().unwrap_or(Value::None), p.next().unwrap_or(Value::None));
        dict_setitem(vm, d, k, v)?;
        i += 1;
    }
    Ok(())
}

trait WithType {
    fn with_type(self, t: String) -> Self;
}
impl WithType for crate::error::PyErr {
    fn with_type(self, _t: String) -> Self {
        self
    }
}
