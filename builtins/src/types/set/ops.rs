//! The set algorithms of setobject.c — update/merge (with its presizing), intersection,
//! difference, symmetric difference and the subset tests — building results in the same
//! insertion order so iteration order (and printing) matches CPython.

use super::table::{self, add_entry, add_key, contains_entry, contains_key, data, discard_entry, discard_key, entries};
use crate::types::dict;
use crate::types::list::util;
use crate::types::object;
use rpy_vm::objects::set::SetData;
use rpy_vm::objects::typeobj::is_subtype;
use rpy_vm::protocol::{dictops, seq};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;

/// `PyAnySet_Check`: a set, frozenset or subclass instance.
pub fn is_anyset(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)))
}

/// `PyAnySet_CheckExact`.
pub fn is_anyset_exact(vm: &Vm, v: &Value) -> bool {
    util::is_exact(v, &vm.types.set) || util::is_exact(v, &vm.types.frozenset)
}

fn set_obj(v: &Value) -> Option<&ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) => Some(o),
        _ => None,
    }
}

fn len_of(s: &ObjRef) -> usize {
    data(s).borrow().len()
}

/// `make_new_set(type, iterable)`: an instance of `cls` (a set or frozenset type).
pub fn make_new_set(vm: &mut Vm, cls: &ObjRef, iterable: Option<&Value>) -> PyResult<ObjRef> {
    let payload = if is_subtype(cls, &vm.types.set) { Payload::Set(RefCell::new(SetData::new())) } else { Payload::FrozenSet(RefCell::new(SetData::new())) };
    let s = object::alloc(vm, cls, payload);
    if let Some(it) = iterable {
        update_internal(vm, &s, it)?;
    }
    Ok(s)
}

/// `make_new_set_basetype`: an exact set or frozenset, following the kind of `cls`.
pub fn make_basetype(vm: &mut Vm, cls: &ObjRef, iterable: Option<&Value>) -> PyResult<ObjRef> {
    let t = if is_subtype(cls, &vm.types.set) { vm.types.set.clone() } else { vm.types.frozenset.clone() };
    make_new_set(vm, &t, iterable)
}

/// A new exact set from an iterable.
pub fn new_set(vm: &mut Vm, iterable: Option<&Value>) -> PyResult<ObjRef> {
    let t = vm.types.set.clone();
    make_new_set(vm, &t, iterable)
}

/// `set_copy`: a new set of the base kind holding the same entries.
pub fn set_copy(vm: &mut Vm, so: &ObjRef) -> PyResult<ObjRef> {
    let cls = so.class();
    make_basetype(vm, &cls, Some(&Value::Obj(so.clone())))
}

/// `set_merge`: adds the entries of another set.
fn merge(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if other.is(so) || len_of(other) == 0 {
        return Ok(());
    }
    let done = data(so).borrow_mut().merge_from(&data(other).borrow());
    if done {
        return Ok(());
    }
    for (h, k) in entries(other) {
        add_entry(vm, so, k, h)?;
    }
    Ok(())
}

/// `set_update_internal`.
pub fn update_internal(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<()> {
    if let Some(o) = set_obj(other) {
        return merge(vm, so, o);
    }
    let dt = vm.types.dict.clone();
    if util::is_exact(other, &dt) {
        let Value::Obj(d) = other else { return Ok(()) };
        let items: Vec<(i64, Value)> = dict::table(d).borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
        {
            let mut b = data(so).borrow_mut();
            let f = table::fill(&b);
            if (f + items.len()) * 5 >= b.mask() * 3 {
                let want = (b.len() + items.len()) * 2;
                b.resize(want);
            }
        }
        for (h, k) in items {
            add_entry(vm, so, k, h)?;
        }
        return Ok(());
    }
    let it = seq::get_iter(vm, other)?;
    while let Some(k) = seq::next(vm, &it)? {
        add_key(vm, so, k)?;
    }
    Ok(())
}

/// Empties a set (the table shrinks back to the minimum).
pub fn clear(so: &ObjRef) {
    let old = data(so).borrow_mut().clear();
    drop(old);
}

/// `set_intersection(so, other)` (a new set of so's base kind).
pub fn intersection(vm: &mut Vm, so_v: &Value, other: &Value) -> PyResult<Value> {
    let Some(so) = set_obj(so_v).cloned() else {
        return Err(vm.type_error("intersection of a non-set"));
    };
    if other.is(so_v) {
        return Ok(Value::Obj(set_copy(vm, &so)?));
    }
    let cls = so.class();
    let result = make_basetype(vm, &cls, None)?;
    if let Some(o) = set_obj(other).cloned() {
        let (big, small) = if len_of(&o) > len_of(&so) { (o, so) } else { (so, o) };
        for (h, k) in entries(&small) {
            if contains_entry(vm, &big, &k, h)? {
                add_entry(vm, &result, k, h)?;
            }
        }
        return Ok(Value::Obj(result));
    }
    let it = seq::get_iter(vm, other)?;
    while let Some(k) = seq::next(vm, &it)? {
        let h = vm.hash(&k)?;
        if contains_entry(vm, &so, &k, h)? {
            add_entry(vm, &result, k, h)?;
            if len_of(&result) >= len_of(&so) {
                break;
            }
        }
    }
    Ok(Value::Obj(result))
}

/// `set_intersection_multi`.
pub fn intersection_multi(vm: &mut Vm, so: &ObjRef, args: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return Ok(Value::Obj(set_copy(vm, so)?));
    }
    let mut result = Value::Obj(so.clone());
    for other in args {
        result = intersection(vm, &result, other)?;
    }
    Ok(result)
}

/// Replaces so's table by tmp's (`set_swap_bodies`).
pub fn swap_bodies(so: &ObjRef, tmp: &Value) {
    if let Some(t) = set_obj(tmp) {
        if !t.is(so) {
            std::mem::swap(&mut *data(so).borrow_mut(), &mut *data(t).borrow_mut());
        }
    }
}

/// `set_isdisjoint`.
pub fn isdisjoint(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<bool> {
    if matches!(other, Value::Obj(o) if o.is(so)) {
        return Ok(len_of(so) == 0);
    }
    if is_anyset_exact(vm, other) {
        let Some(o) = set_obj(other).cloned() else { return Ok(true) };
        let (big, small) = if len_of(&o) > len_of(so) { (o, so.clone()) } else { (so.clone(), o) };
        for (h, k) in entries(&small) {
            if contains_entry(vm, &big, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = seq::get_iter(vm, other)?;
    while let Some(k) = seq::next(vm, &it)? {
        if contains_key(vm, so, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_difference_update_internal`.
pub fn difference_update_internal(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<()> {
    if matches!(other, Value::Obj(o) if o.is(so)) {
        clear(so);
        return Ok(());
    }
    if let Some(o) = set_obj(other).cloned() {
        let src = if (len_of(&o) >> 3) > len_of(so) {
            match intersection(vm, &Value::Obj(so.clone()), other)? {
                Value::Obj(r) => r,
                _ => o,
            }
        } else {
            o
        };
        for (h, k) in entries(&src) {
            discard_entry(vm, so, &k, h)?;
        }
    } else {
        let it = seq::get_iter(vm, other)?;
        while let Some(k) = seq::next(vm, &it)? {
            discard_key(vm, so, &k)?;
        }
    }
    let mut b = data(so).borrow_mut();
    let f = table::fill(&b);
    if f - b.len() > b.mask() / 4 {
        let used = b.len();
        b.resize(if used > 50000 { used * 2 } else { used * 4 });
    }
    Ok(())
}

fn copy_and_difference(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<Value> {
    let result = set_copy(vm, so)?;
    difference_update_internal(vm, &result, other)?;
    Ok(Value::Obj(result))
}

/// `set_difference`.
pub fn difference(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<Value> {
    let dt = vm.types.dict.clone();
    let other_size = if let Some(o) = set_obj(other) {
        len_of(o)
    } else if util::is_exact(other, &dt) {
        match other {
            Value::Obj(d) => dict::table(d).borrow().len(),
            _ => 0,
        }
    } else {
        return copy_and_difference(vm, so, other);
    };
    if (len_of(so) >> 2) > other_size {
        return copy_and_difference(vm, so, other);
    }
    let cls = so.class();
    let result = make_basetype(vm, &cls, None)?;
    if let Some(o) = set_obj(other).cloned() {
        for (h, k) in entries(so) {
            if !contains_entry(vm, &o, &k, h)? {
                add_entry(vm, &result, k, h)?;
            }
        }
    } else if let Value::Obj(d) = other {
        for (h, k) in entries(so) {
            if dictops::lookup(vm, d, &k, h)?.is_err() {
                add_entry(vm, &result, k, h)?;
            }
        }
    }
    Ok(Value::Obj(result))
}

/// `set_difference_multi`.
pub fn difference_multi(vm: &mut Vm, so: &ObjRef, args: &[Value]) -> PyResult<Value> {
    let Some(first) = args.first() else { return Ok(Value::Obj(set_copy(vm, so)?)) };
    let result = difference(vm, so, first)?;
    if let Some(r) = set_obj(&result).cloned() {
        for other in &args[1..] {
            difference_update_internal(vm, &r, other)?;
        }
    }
    Ok(result)
}

/// `set_symmetric_difference_update`.
pub fn symmetric_difference_update(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<()> {
    if matches!(other, Value::Obj(o) if o.is(so)) {
        clear(so);
        return Ok(());
    }
    let dt = vm.types.dict.clone();
    if util::is_exact(other, &dt) {
        let Value::Obj(d) = other else { return Ok(()) };
        let items: Vec<(i64, Value)> = dict::table(d).borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
        for (h, k) in items {
            if !discard_entry(vm, so, &k, h)? {
                add_entry(vm, so, k, h)?;
            }
        }
        return Ok(());
    }
    let otherset = match set_obj(other) {
        Some(o) => o.clone(),
        None => {
            let cls = so.class();
            make_basetype(vm, &cls, Some(other))?
        }
    };
    for (h, k) in entries(&otherset) {
        if !discard_entry(vm, so, &k, h)? {
            add_entry(vm, so, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`: a copy of `other` updated with so.
pub fn symmetric_difference(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<Value> {
    let cls = so.class();
    let otherset = make_basetype(vm, &cls, Some(other))?;
    symmetric_difference_update(vm, &otherset, &Value::Obj(so.clone()))?;
    Ok(Value::Obj(otherset))
}

/// `set_issubset`.
pub fn issubset(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<bool> {
    let Some(o) = set_obj(other).cloned() else {
        let tmp = new_set(vm, Some(other))?;
        return issubset(vm, so, &Value::Obj(tmp));
    };
    if len_of(so) > len_of(&o) {
        return Ok(false);
    }
    for (h, k) in entries(so) {
        if !contains_entry(vm, &o, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset`.
pub fn issuperset(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<bool> {
    if let Some(o) = set_obj(other).cloned() {
        return issubset(vm, &o, &Value::Obj(so.clone()));
    }
    let it = seq::get_iter(vm, other)?;
    while let Some(k) = seq::next(vm, &it)? {
        if !contains_key(vm, so, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}
