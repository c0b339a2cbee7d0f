//! Unit tests of the cycle collector: tracking on allocation and deallocation, trial deletion,
//! clearing, tuple untracking and the generation bookkeeping.

use super::{collect, traverse};
use crate::object::track;
use crate::object::{InstanceExt, ObjCell, ObjRef, Payload};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

fn list(vm: &Vm, items: Vec<Value>) -> ObjRef {
    match vm.new_list(items) {
        Value::Obj(o) => o,
        _ => unreachable!(),
    }
}

fn push(l: &ObjRef, v: Value) {
    if let Payload::List(items) = &l.payload {
        items.borrow_mut().push(v);
    }
}

/// A fresh interpreter whose start-up objects are all collected or promoted already.
fn vm() -> Vm {
    let mut vm = Vm::new();
    collect(&mut vm, 2);
    vm
}

#[test]
fn containers_are_tracked_and_untracked_at_deallocation() {
    let vm = vm();
    let before = track::list_len(0);
    let l = list(&vm, vec![]);
    assert!(track::is_tracked(&l));
    assert_eq!(track::generation(&l), Some(0));
    assert_eq!(track::list_len(0), before + 1);
    let s = vm.new_str_obj("atom");
    assert!(!track::is_tracked(&s));
    drop(l);
    assert_eq!(track::list_len(0), before);
}

#[test]
fn self_referencing_list_is_collected() {
    let mut vm = vm();
    let witness = list(&vm, vec![]);
    let l = list(&vm, vec![Value::Obj(witness.clone())]);
    push(&l, Value::Obj(l.clone()));
    drop(l);
    assert_eq!(witness.refcount(), 2);
    let out = collect(&mut vm, 0);
    assert_eq!(out.collected, 1);
    assert_eq!(witness.refcount(), 1, "the cycle was freed and released the witness");
}

#[test]
fn reachable_cycles_survive_and_are_promoted() {
    let mut vm = vm();
    let l = list(&vm, vec![Value::Int(1)]);
    push(&l, Value::Obj(l.clone()));
    let out = collect(&mut vm, 0);
    assert_eq!(out.collected, 0);
    assert_eq!(track::generation(&l), Some(1));
    if let Payload::List(items) = &l.payload {
        assert_eq!(items.borrow().len(), 2);
    }
    collect(&mut vm, 1);
    assert_eq!(track::generation(&l), Some(2));
    // break it by hand so the test frees what it made
    if let Payload::List(items) = &l.payload {
        items.borrow_mut().clear();
    }
}

#[test]
fn instance_cycles_through_dicts_are_cleared() {
    let mut vm = vm();
    let cls = vm.types.object.clone();
    let witness = list(&vm, vec![]);
    let mk = |vm: &mut Vm| {
        let ext = InstanceExt { dict: ObjCell::new(None), slots: Box::new([ObjCell::new(None)]) };
        let o = ObjRef::with_ext(cls.clone(), Payload::Plain, Some(Box::new(ext)));
        let d = vm.new_dict_obj();
        o.ext.as_ref().unwrap().dict.set(Some(d));
        o
    };
    let a = mk(&mut vm);
    let b = mk(&mut vm);
    vm.set_attr_raw(&a, "peer", Value::Obj(b.clone()));
    vm.set_attr_raw(&a, "w", Value::Obj(witness.clone()));
    b.ext.as_ref().unwrap().slots[0].set(Some(a.clone()));
    drop((a, b));
    let out = collect(&mut vm, 2);
    assert!(out.collected >= 2);
    assert_eq!(witness.refcount(), 1);
}

#[test]
fn atomic_tuples_stop_being_tracked() {
    let mut vm = vm();
    let atomic = vm.new_tuple_obj(vec![Value::Int(1), vm.new_str("x")]);
    let holder = list(&vm, vec![]);
    let nested = vm.new_tuple_obj(vec![Value::Obj(holder.clone())]);
    assert!(track::is_tracked(&atomic) && track::is_tracked(&nested));
    collect(&mut vm, 0);
    assert!(!track::is_tracked(&atomic));
    assert!(track::is_tracked(&nested));
}

#[test]
fn cells_and_iterators_are_traversed() {
    let vm = vm();
    let l = list(&vm, vec![]);
    let cell = ObjRef::new(vm.types.cell.clone(), Payload::Cell(RefCell::new(Some(Value::Obj(l.clone())))));
    let refs = traverse::referents(&cell);
    assert!(refs.iter().any(|r| r.is(&l)));
}

#[test]
fn the_threshold_makes_a_collection_due() {
    let mut vm = vm();
    super::state::set_thresholds(&[10]);
    let keep: Vec<ObjRef> = (0..11).map(|_| list(&vm, vec![])).collect();
    assert!(track::is_due());
    super::collect_if_due(&mut vm);
    assert!(!track::is_due());
    assert_eq!(super::state::get_counts()[0], 0);
    super::state::set_thresholds(&[700]);
    drop(keep);
}
