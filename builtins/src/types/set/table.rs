//! A set's hash table as the set methods see it: its data, fill and entries, and the
//! key-level add/membership/discard (the probing itself is `rpy_vm::protocol::setops`).

use rpy_vm::objects::set::{SetData, SetSlot};
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

pub use rpy_vm::protocol::setops::{add_entry, contains_entry, discard_entry};

pub fn add_key(vm: &mut Vm, s: &ObjRef, key: Value) -> PyResult<()> {
    let h = vm.hash(&key)?;
    add_entry(vm, s, key, h)
}

/// Membership without `set.__contains__`'s set-as-frozenset retry.
pub fn contains_key(vm: &mut Vm, s: &ObjRef, key: &Value) -> PyResult<bool> {
    let h = vm.hash(key)?;
    contains_entry(vm, s, key, h)
}

pub fn discard_key(vm: &mut Vm, s: &ObjRef, key: &Value) -> PyResult<bool> {
    let h = vm.hash(key)?;
    discard_entry(vm, s, key, h)
}
