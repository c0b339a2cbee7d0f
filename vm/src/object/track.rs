//! The cycle collector's registry of tracked container objects (DESIGN.md §3): one list per
//! generation, each object's list and position kept in its header so that untracking at
//! deallocation is O(1). The algorithm itself lives in `crate::gc`; this file only hands it
//! counted references, so everything outside `object/` stays safe code.

use super::{ObjRef, PyObject};
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// Generations 0..=2 as CPython's, then the permanent generation (`gc.freeze`) and the work
/// list of a collection in progress.
pub const NUM_GENERATIONS: usize = 3;
pub const PERMANENT: u8 = 3;
pub const WORK: u8 = 4;
const LISTS: usize = 5;
/// `gc_gen` of an object that is not in any list.
pub(super) const UNTRACKED: u8 = u8::MAX;

/// Header flag: the object's `__del__` ran (PEP 442: at most once per object).
const FINALIZED: u8 = 1;

/// One collector list. Removal leaves a hole so the list keeps allocation order (CPython's
/// lists are doubly linked; finalizers run in that order); holes are squeezed out when they
/// make up half the list and whenever a collection takes the list.
#[derive(Default)]
struct GenList {
    items: Vec<Option<NonNull<PyObject>>>,
    holes: usize,
}

impl GenList {
    const fn new() -> GenList {
        GenList { items: Vec::new(), holes: 0 }
    }

    fn len(&self) -> usize {
        self.items.len() - self.holes
    }

    fn push(&mut self, ptr: NonNull<PyObject>, gen: u8) {
        // SAFETY: `ptr` comes from a list or from a live ObjRef; listed objects are live:
        // objects leave their list in `untrack` before they are freed.
        let obj = unsafe { ptr.as_ref() };
        obj.gc_index.set(self.items.len() as u32);
        obj.gc_gen.set(gen);
        self.items.push(Some(ptr));
    }

    fn remove(&mut self, idx: usize) {
        self.items[idx] = None;
        self.holes += 1;
        if self.holes > 32 && self.holes * 2 > self.items.len() {
            self.compact();
        }
    }

    fn compact(&mut self) {
        self.items.retain(|p| p.is_some());
        self.holes = 0;
        for (i, p) in self.items.iter().enumerate() {
            // SAFETY: listed objects are live (see `push`).
            unsafe { p.expect("compacted").as_ref() }.gc_index.set(i as u32);
        }
    }

    /// The live pointers, emptying the list.
    fn take(&mut self) -> Vec<NonNull<PyObject>> {
        self.holes = 0;
        std::mem::take(&mut self.items).into_iter().flatten().collect()
    }

    fn iter(&self) -> impl Iterator<Item = NonNull<PyObject>> + '_ {
        self.items.iter().flatten().copied()
    }
}

struct Registry {
    lists: [GenList; LISTS],
    /// tracked allocations minus deallocations since the last collection (CPython's
    /// generation-0 count)
    count0: isize,
    threshold0: isize,
    enabled: bool,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = const {
        RefCell::new(Registry { lists: [const { GenList::new() }; LISTS], count0: 0, threshold0: 700, enabled: true })
    };
    /// Set when the generation-0 count passes its threshold; the interpreter collects at its
    /// next safe point (`crate::gc::collect_if_due`).
    static DUE: Cell<bool> = const { Cell::new(false) };
}

/// Does an object with this payload (and instance storage) hold references the collector
/// must see? Immutable objects holding only atomic data (str, int, code, empty tuple) are not
/// tracked, nor are natives defined outside the core (their references count as external).
#[inline(always)]
pub(super) fn is_container(p: &super::Payload, has_ext: bool) -> bool {
    use super::Payload as P;
    if has_ext {
        return true;
    }
    match p {
        P::Tuple(t) => !t.is_empty(),
        P::List(_)
        | P::Dict(_)
        | P::Set(_)
        | P::FrozenSet(_)
        | P::Slice { .. }
        | P::Type(_)
        | P::Function(_)
        | P::Builtin(_)
        | P::Method { .. }
        | P::Module { .. }
        | P::Cell(_)
        | P::Property(_)
        | P::StaticMethod(_)
        | P::ClassMethod(_)
        | P::Super { .. }
        | P::Generator(_)
        | P::Exception(_)
        | P::Traceback(_)
        | P::Frame(_)
        | P::Iter(_)
        | P::MappingProxy(_)
        | P::Member { .. }
        | P::GetSet(_) => true,
        _ => false,
    }
}

/// Adds a freshly allocated object to generation 0.
#[inline]
pub(super) fn track(ptr: NonNull<PyObject>) {
    let _ = REGISTRY.try_with(|r| {
        let mut r = r.borrow_mut();
        r.lists[0].push(ptr, 0);
        r.count0 += 1;
        if r.count0 > r.threshold0 && r.enabled && r.threshold0 > 0 {
            DUE.with(|d| d.set(true));
        }
    });
}

/// Removes a dying object (refcount zero) from its list.
#[inline]
pub(super) fn untrack(obj: &PyObject) {
    let gen = obj.gc_gen.get();
    if gen == UNTRACKED {
        return;
    }
    obj.gc_gen.set(UNTRACKED);
    let _ = REGISTRY.try_with(|r| {
        let mut r = r.borrow_mut();
        r.lists[gen as usize].remove(obj.gc_index.get() as usize);
        if r.count0 > 0 {
            r.count0 -= 1;
        }
    });
}

/// A counted reference to a listed object.
fn counted(ptr: NonNull<PyObject>) -> ObjRef {
    // SAFETY: listed objects are live (see `GenList::push`); taking a new counted reference
    // keeps it so for as long as the returned ObjRef lives.
    let obj = unsafe { ptr.as_ref() };
    obj.refcnt.set(obj.refcnt.get() + 1);
    ObjRef(ptr)
}

/// Is the object in one of the collector's lists?
pub fn is_tracked(o: &ObjRef) -> bool {
    o.gc_gen.get() != UNTRACKED
}

/// The list the object is in (a generation, `PERMANENT` or `WORK`), if tracked.
pub fn generation(o: &ObjRef) -> Option<u8> {
    match o.gc_gen.get() {
        UNTRACKED => None,
        g => Some(g),
    }
}

/// The object's position in the work list of the collection in progress, if it is there.
#[inline(always)]
pub fn work_index(o: &ObjRef) -> Option<usize> {
    if o.gc_gen.get() == WORK {
        Some(o.gc_index.get() as usize)
    } else {
        None
    }
}

/// Moves generations `0..=upto` into the (empty) work list, numbered in order, and returns
/// counted references to them in that order.
pub fn begin_collection(upto: usize) -> Vec<ObjRef> {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let upto = upto.min(NUM_GENERATIONS - 1);
        // CPython appends the younger generations to the one collected
        let mut order = r.lists[upto].take();
        for g in 0..upto {
            order.extend(r.lists[g].take());
        }
        let work = &mut r.lists[WORK as usize];
        debug_assert_eq!(work.len(), 0);
        work.take();
        let mut out = Vec::with_capacity(order.len());
        for p in order {
            work.push(p, WORK);
            out.push(counted(p));
        }
        out
    })
}

/// Ends the trial-deletion phase of a collection in one pass over the work list: `survivors`
/// move to list `to` (in order), `untracked` leave the lists, and the work list is left
/// holding exactly `garbage`, numbered in order.
pub fn partition_work(survivors: &[ObjRef], untracked: &[ObjRef], garbage: &[ObjRef], to: u8) {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.lists[WORK as usize].take();
        let dest = &mut r.lists[to as usize];
        dest.items.reserve(survivors.len());
        for o in survivors {
            debug_assert_eq!(o.gc_gen.get(), WORK);
            dest.push(o.0, to);
        }
        for o in untracked {
            o.gc_gen.set(UNTRACKED);
        }
        let work = &mut r.lists[WORK as usize];
        for o in garbage {
            work.push(o.0, WORK);
        }
    });
}

/// Moves a tracked object to list `gen`.
pub fn move_to(o: &ObjRef, gen: u8) {
    let cur = o.gc_gen.get();
    if cur == UNTRACKED || cur == gen {
        return;
    }
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.lists[cur as usize].remove(o.gc_index.get() as usize);
        r.lists[gen as usize].push(o.0, gen);
    });
}

/// Renumbers the work list so that `objs` (exactly its members) are at positions 0.. in order.
pub fn renumber_work(objs: &[ObjRef]) {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let list = &mut r.lists[WORK as usize];
        debug_assert_eq!(list.len(), objs.len());
        list.take();
        for o in objs {
            debug_assert_eq!(o.gc_gen.get(), WORK);
            list.push(o.0, WORK);
        }
    });
}

/// Stops tracking a live object (immutable containers found to hold only atomic values).
pub fn untrack_object(o: &ObjRef) {
    untrack(o);
}

/// Counted references to every object in the given lists.
pub fn objects_in(gens: &[u8]) -> Vec<ObjRef> {
    REGISTRY.with(|r| {
        let r = r.borrow();
        let mut out = Vec::new();
        for &g in gens {
            out.extend(r.lists[g as usize].iter().map(counted));
        }
        out
    })
}

/// How many objects list `gen` holds.
pub fn list_len(gen: u8) -> usize {
    REGISTRY.with(|r| r.borrow().lists[gen as usize].len())
}

/// Moves every object of list `from` to list `to`.
pub fn move_all(from: u8, to: u8) {
    if from == to {
        return;
    }
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        for p in r.lists[from as usize].take() {
            r.lists[to as usize].push(p, to);
        }
    });
}

pub fn count0() -> isize {
    REGISTRY.with(|r| r.borrow().count0)
}

pub fn set_count0(n: isize) {
    REGISTRY.with(|r| r.borrow_mut().count0 = n);
}

/// Sets the generation-0 threshold and whether automatic collection is on.
pub fn configure(threshold0: isize, enabled: bool) {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.threshold0 = threshold0;
        r.enabled = enabled;
    });
}

/// Is an automatic collection due? (Cheap: the interpreter asks at every back-edge.)
#[inline(always)]
pub fn is_due() -> bool {
    DUE.with(|d| d.get())
}

pub fn clear_due() {
    DUE.with(|d| d.set(false));
}

/// `is_finalized` on the bare object (for the deallocator).
pub(super) fn finalized_flag(o: &super::PyObject) -> bool {
    o.gc_flags.get() & FINALIZED != 0
}

pub fn is_finalized(o: &ObjRef) -> bool {
    o.gc_flags.get() & FINALIZED != 0
}

pub fn set_finalized(o: &ObjRef) {
    o.gc_flags.set(o.gc_flags.get() | FINALIZED);
}
