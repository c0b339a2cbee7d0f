//! The collection itself (CPython's `gc_collect_main`): trial deletion over the tracked
//! objects of the collected generations, PEP 442 finalizers with resurrection, then breaking
//! the cycles of what is still unreachable so that reference counting frees it.

use super::state::{self, debug};
use super::traverse::{traverse, Edge};
use super::{clear, view};
use crate::object::track::{self, NUM_GENERATIONS};
use crate::object::{ObjRef, Payload};
use crate::objects::generator::GenKind;
use crate::protocol::attr;
use crate::value::Value;
use crate::vm::Vm;

/// The outcome of one collection, as `gc.callbacks` and `gc.get_stats()` see it.
#[derive(Clone, Copy, Default, Debug)]
pub struct Outcome {
    pub collected: usize,
    pub uncollectable: usize,
}

/// Which of `objs` (the whole work list, in order) are reachable from outside it. `extra` is
/// how many references to each the collector itself holds.
fn reachable(objs: &[ObjRef], extra: isize) -> Vec<bool> {
    let n = objs.len();
    let mut refs: Vec<isize> = objs.iter().map(|o| o.refcount() as isize - extra).collect();
    let mut opaque = vec![false; n];
    for (i, o) in objs.iter().enumerate() {
        let complete = traverse(o, &mut |r, _| {
            if let Some(j) = track::work_index(r) {
                refs[j] -= 1;
            }
        });
        opaque[i] = !complete;
    }
    let mut seen = vec![false; n];
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..n {
        debug_assert!(refs[i] >= 0, "gc: traverse reported more references than {:?} has", objs[i]);
        if refs[i] > 0 || opaque[i] {
            seen[i] = true;
            stack.push(i);
        }
    }
    while let Some(i) = stack.pop() {
        traverse(&objs[i], &mut |r, e| {
            if e == Edge::Strong {
                if let Some(j) = track::work_index(r) {
                    if !seen[j] {
                        seen[j] = true;
                        stack.push(j);
                    }
                }
            }
        });
    }
    seen
}

/// A tuple holding only values the collector does not track can never be part of a cycle:
/// like CPython, stop tracking it.
fn is_atomic_tuple(o: &ObjRef) -> bool {
    match &o.payload {
        Payload::Tuple(items) => o.ext.is_none() && items.iter().all(|v| !matches!(v, Value::Obj(x) if track::is_tracked(x))),
        _ => false,
    }
}

/// Collects generations `0..=generation` (CPython's `gc_collect_main`), without the callbacks.
fn collect_main(vm: &mut Vm, generation: usize) -> Outcome {
    let generation = generation.min(NUM_GENERATIONS - 1);
    let older = (generation + 1).min(NUM_GENERATIONS - 1) as u8;
    state::with(|s| {
        if generation + 1 < NUM_GENERATIONS {
            s.counts[generation + 1] += 1;
        }
        for i in 1..=generation {
            s.counts[i] = 0;
        }
    });
    track::set_count0(0);
    track::clear_due();

    let objs = track::begin_collection(generation);
    let seen = reachable(&objs, 1);
    let mut garbage = Vec::new();
    let mut kept = Vec::with_capacity(objs.len());
    let mut atomic = Vec::new();
    for (o, live) in objs.into_iter().zip(seen) {
        if !live {
            garbage.push(o);
        } else if is_atomic_tuple(&o) {
            atomic.push(o);
        } else {
            kept.push(o);
        }
    }
    let survivors = kept.len();
    track::partition_work(&kept, &atomic, &garbage, older);
    drop((kept, atomic));
    state::with(|s| {
        if generation == NUM_GENERATIONS - 1 {
            s.long_lived_pending = 0;
            s.long_lived_total = survivors;
        } else if generation == NUM_GENERATIONS - 2 {
            s.long_lived_pending += survivors;
        }
    });
    if garbage.is_empty() {
        return Outcome::default();
    }

    // the subclass lists of base classes hold their subclasses weakly (as CPython's weak
    // references): an unreachable class leaves them before any finalizer can see it
    let mut dropped: Vec<ObjRef> = Vec::new();
    for o in &garbage {
        if let Payload::Type(td) = &o.payload {
            let bases = td.bases.borrow().clone();
            for b in bases {
                if let Payload::Type(bd) = &b.payload {
                    let mut subs = bd.subclasses.borrow_mut();
                    if let Some(pos) = subs.iter().position(|s| s.is(o)) {
                        dropped.push(subs.remove(pos));
                    }
                }
            }
        }
    }
    drop(dropped);

    if finalize(vm, &garbage) {
        // what the finalizers left referenced only by the collector is freed now (CPython's
        // unreachable list holds no references: those objects leave it and are not counted)
        garbage = release_unreferenced(garbage);
        // finalizers may have resurrected objects: only what is still unreachable goes
        track::renumber_work(&garbage);
        let seen = reachable(&garbage, 1);
        let (resurrected, still): (Vec<(ObjRef, bool)>, Vec<(ObjRef, bool)>) = garbage.into_iter().zip(seen).partition(|(_, live)| *live);
        let resurrected: Vec<ObjRef> = resurrected.into_iter().map(|(o, _)| o).collect();
        garbage = still.into_iter().map(|(o, _)| o).collect();
        track::partition_work(&resurrected, &[], &garbage, older);
    }
    let collected = view::count_visible(&garbage);
    track::partition_work(&garbage, &[], &[], older);
    if state::with(|s| s.debug & debug::SAVEALL != 0) {
        if let Some(Value::Obj(list)) = super::module_attr(vm, "garbage") {
            if let Payload::List(l) = &list.payload {
                l.borrow_mut().extend(garbage.iter().map(|o| Value::Obj(o.clone())));
            }
        }
    } else {
        for o in &garbage {
            clear::clear(vm, o);
        }
    }
    drop(garbage);
    Outcome { collected, uncollectable: 0 }
}

/// Drops the collector's references to objects nobody else refers to any more, repeatedly
/// (freeing one may leave another referenced only by the collector).
fn release_unreferenced(mut garbage: Vec<ObjRef>) -> Vec<ObjRef> {
    loop {
        let (freed, kept): (Vec<ObjRef>, Vec<ObjRef>) = garbage.into_iter().partition(|o| o.refcount() == 1);
        if freed.is_empty() {
            return kept;
        }
        drop(freed);
        garbage = kept;
    }
}

/// Calls the finalizer of each unreachable object that has one and has not run it yet
/// (`__del__`; a suspended generator is closed). Returns whether any ran.
fn finalize(vm: &mut Vm, garbage: &[ObjRef]) -> bool {
    let mut ran = false;
    for o in garbage {
        ran |= finalize_one(vm, o);
    }
    ran
}

/// Runs the finalizer of `o` unless it already ran (PEP 442: at most once per object): a
/// suspended generator is closed, an instance's `__del__` is called; errors are reported as
/// unraisable. Returns whether a finalizer ran.
pub fn finalize_one(vm: &mut Vm, o: &ObjRef) -> bool {
    if track::is_finalized(o) {
        return false;
    }
    if let Payload::Generator(g) = &o.payload {
        let suspended = match g.try_borrow() {
            Ok(g) => g.frame.is_some() && g.started && !g.running && g.kind == GenKind::Generator,
            Err(_) => false,
        };
        if suspended {
            track::set_finalized(o);
            if let Err(e) = crate::protocol::generator::close(vm, o) {
                state::write_unraisable(vm, e, None, Some(Value::Obj(o.clone())));
            }
            return true;
        }
        return false;
    }
    let Some(del) = o.with_class(|c| attr::type_lookup_str(c, "__del__")) else { return false };
    track::set_finalized(o);
    let saved = vm.handled_exc.clone();
    let r = vm.call(&del, &[Value::Obj(o.clone())]);
    vm.handled_exc = saved;
    if let Err(e) = r {
        state::write_unraisable(vm, e, None, Some(del));
    }
    true
}

/// Calls each of `gc.callbacks` with `phase` ("start"/"stop") and the info dict.
fn callbacks(vm: &mut Vm, phase: &str, generation: usize, out: Outcome) {
    let Some(Value::Obj(list)) = super::module_attr(vm, "callbacks") else { return };
    let cbs = match &list.payload {
        Payload::List(l) => l.borrow().clone(),
        _ => return,
    };
    if cbs.is_empty() {
        return;
    }
    let info = vm.new_dict_obj();
    for (k, v) in [("generation", generation), ("collected", out.collected), ("uncollectable", out.uncollectable)] {
        vm.dict_set_str(&info, k, Value::Int(v as i64));
    }
    let phase = vm.new_str(phase);
    for cb in cbs {
        if let Err(e) = vm.call(&cb, &[phase.clone(), Value::Obj(info.clone())]) {
            state::write_unraisable(vm, e, None, Some(cb));
        }
    }
}

/// Collects generations `0..=generation` with callbacks and statistics; 0 when a collection
/// is already running (a finalizer calling `gc.collect()`).
pub fn collect(vm: &mut Vm, generation: usize) -> Outcome {
    if state::with(|s| std::mem::replace(&mut s.collecting, true)) {
        return Outcome::default();
    }
    let generation = generation.min(NUM_GENERATIONS - 1);
    callbacks(vm, "start", generation, Outcome::default());
    let out = collect_main(vm, generation);
    state::with(|s| {
        let st = &mut s.stats[generation];
        st.collections += 1;
        st.collected += out.collected;
        st.uncollectable += out.uncollectable;
    });
    callbacks(vm, "stop", generation, out);
    state::with(|s| s.collecting = false);
    out
}

/// The automatic collection (CPython's `collect_generations`): the oldest generation whose
/// count passed its threshold, a full collection only once enough objects were promoted.
pub fn collect_if_due(vm: &mut Vm) {
    track::clear_due();
    let counts = state::get_counts();
    let pick = state::with(|s| {
        if !s.enabled || s.collecting {
            return None;
        }
        (0..NUM_GENERATIONS).rev().find(|&i| counts[i] > s.thresholds[i] && !(i == NUM_GENERATIONS - 1 && s.long_lived_pending < s.long_lived_total / 4))
    });
    if let Some(g) = pick {
        collect(vm, g);
    }
}
