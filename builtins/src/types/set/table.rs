//! Entry-level operations on a set's hash table with a known hash — add, membership, discard
//! — running `__eq__` outside any borrow and restarting the probe if the table changed, like
//! setobject.c's `set_add_entry` / `set_contains_entry` / `set_discard_entry`.

use rpy_vm::objects::set::{SetData, SetFound, SetProbe, SetSlot};
use rpy_vm::protocol::compare::fast_eq;
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;

/// The table of a set or frozenset object.
pub fn data(s: &ObjRef) -> &RefCell<SetData> {
    match &s.payload {
        Payload::Set(d) | Payload::FrozenSet(d) => d,
        _ => unreachable!("not a set"),
    }
}

/// `so->fill`: active plus dummy slots.
pub fn fill(d: &SetData) -> usize {
    (0..=d.mask()).filter(|&i| !matches!(d.slot(i), SetSlot::Empty)).count()
}

/// (hash, key) of every live entry in table order.
pub fn entries(s: &ObjRef) -> Vec<(i64, Value)> {
    data(s).borrow().iter().map(|(h, k)| (h, k.clone())).collect()
}

fn find(vm: &mut Vm, s: &ObjRef, key: &Value, hash: i64) -> PyResult<Result<usize, (SetProbe, usize)>> {
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

pub fn add_entry(vm: &mut Vm, s: &ObjRef, key: Value, hash: i64) -> PyResult<()> {
    if let Err((p, slot)) = find(vm, s, &key, hash)? {
        data(s).borrow_mut().insert_at(&p, slot, hash, key);
    }
    Ok(())
}

pub fn contains_entry(vm: &mut Vm, s: &ObjRef, key: &Value, hash: i64) -> PyResult<bool> {
    Ok(find(vm, s, key, hash)?.is_ok())
}

/// Removes the entry; Ok(false) if absent.
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

pub fn add_key(vm: &mut Vm, s: &ObjRef, key: Value) -> PyResult<()> {
    let h = vm.hash(&key)?;
    add_entry(vm, s, key, h)
}

pub fn contains_key(vm: &mut Vm, s: &ObjRef, key: &Value) -> PyResult<bool> {
    let h = vm.hash(key)?;
    contains_entry(vm, s, key, h)
}

pub fn discard_key(vm: &mut Vm, s: &ObjRef, key: &Value) -> PyResult<bool> {
    let h = vm.hash(key)?;
    discard_entry(vm, s, key, h)
}
