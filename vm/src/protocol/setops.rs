//! Set operations that may run Python code: add, membership, discard.

use crate::error::PyResult;
use crate::object::{ObjRef, Payload};
use crate::objects::set::{SetData, SetFound, SetSlot};
use crate::protocol::compare::fast_eq;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

fn data(s: &ObjRef) -> &RefCell<SetData> {
    match &s.payload {
        Payload::Set(d) | Payload::FrozenSet(d) => d,
        _ => panic!("not a set"),
    }
}

/// Finds `key`: Ok(Ok(slot)) when present, Ok(Err(probe-state)) when absent.
fn find(vm: &mut Vm, s: &ObjRef, key: &Value, hash: i64) -> PyResult<Result<usize, (crate::objects::set::SetProbe, usize)>> {
    let d = data(s);
    'restart: loop {
        let mut p = d.borrow().probe_start(hash);
        loop {
            let r = d.borrow().probe(hash, &mut p);
            match r {
                SetFound::Vacant(slot) => return Ok(Err((p, slot))),
                SetFound::Candidate(slot) => {
                    let (k, version) = {
                        let b = d.borrow();
                        match b.slot(slot) {
                            SetSlot::Full(_, k) => (k.clone(), b.version),
                            _ => continue,
                        }
                    };
                    match fast_eq(&k, key) {
                        Some(true) => return Ok(Ok(slot)),
                        Some(false) => continue,
                        None => {
                            let eq = vm.eq(&k, key)?;
                            if d.borrow().version != version {
                                continue 'restart;
                            }
                            if eq {
                                return Ok(Ok(slot));
                            }
                        }
                    }
                }
            }
        }
    }
}

pub fn set_add(vm: &mut Vm, s: &ObjRef, key: Value) -> PyResult<()> {
    let h = vm.hash(&key)?;
    add_entry(vm, s, key, h)
}

/// Adds `key`, whose hash is known (setobject.c's `set_add_entry`).
pub fn add_entry(vm: &mut Vm, s: &ObjRef, key: Value, hash: i64) -> PyResult<()> {
    if let Err((p, slot)) = find(vm, s, &key, hash)? {
        data(s).borrow_mut().insert_at(&p, slot, hash, key);
    }
    Ok(())
}

/// Is `key`, whose hash is known, in the set? (`set_contains_entry`)
pub fn contains_entry(vm: &mut Vm, s: &ObjRef, key: &Value, hash: i64) -> PyResult<bool> {
    Ok(find(vm, s, key, hash)?.is_ok())
}

/// Removes `key`, whose hash is known; Ok(false) if absent (`set_discard_entry`).
pub fn discard_entry(vm: &mut Vm, s: &ObjRef, key: &Value, hash: i64) -> PyResult<bool> {
    match find(vm, s, key, hash)? {
        Ok(slot) => {
            let old = data(s).borrow_mut().remove_at(slot);
            drop(old);
            Ok(true)
        }
        Err(_) => Ok(false),
    }
}

pub fn set_contains(vm: &mut Vm, s: &ObjRef, key: &Value) -> PyResult<bool> {
    let h = match vm.hash(key) {
        Ok(h) => h,
        Err(e) => {
            // a set key is looked up as a frozenset (CPython does this for `{1} in {frozenset({1})}`)
            if let Value::Obj(k) = key {
                if let Payload::Set(inner) = &k.payload {
                    let fs = vm.new_set_obj(true);
                    let items = inner.borrow().keys();
                    for i in items {
                        set_add(vm, &fs, i)?;
                    }
                    return set_contains(vm, s, &Value::Obj(fs));
                }
            }
            return Err(e);
        }
    };
    contains_entry(vm, s, key, h)
}

/// Removes `key`; Ok(false) if absent.
pub fn set_discard(vm: &mut Vm, s: &ObjRef, key: &Value) -> PyResult<bool> {
    let h = vm.hash(key)?;
    discard_entry(vm, s, key, h)
}
