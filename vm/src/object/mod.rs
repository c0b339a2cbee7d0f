//! Heap objects: the `#[repr(C)]` header, reference counting and the `ObjRef` handle.
//!
//! This is one of the few modules allowed to use `unsafe` (DESIGN.md §3). Every heap object is a
//! `PyObject` allocated with `Box` and managed through `ObjRef`, a non-atomic counted pointer.

mod cell;
mod payload;
pub mod track;

pub use cell::ObjCell;
pub use payload::*;

use std::cell::Cell;
use std::fmt;
use std::ptr::NonNull;

/// The header every heap object starts with, followed by its payload. `refcnt` is at offset 0
/// and the class pointer at offset 8 so compiled code can read both.
#[repr(C)]
pub struct PyObject {
    refcnt: Cell<usize>,
    class: ObjCell,
    /// position in the cycle collector's list `gc_gen` (see `track.rs`)
    gc_index: Cell<u32>,
    /// which collector list the object is in (`track::UNTRACKED` if none)
    gc_gen: Cell<u8>,
    /// collector flags (`__del__` already called)
    gc_flags: Cell<u8>,
    /// Instance dictionary and `__slots__` storage for objects of classes that have them.
    pub ext: Option<Box<InstanceExt>>,
    pub payload: Payload,
}

/// Per-instance storage of user-defined classes.
pub struct InstanceExt {
    pub dict: ObjCell,
    pub slots: Box<[ObjCell]>,
}

/// A counted reference to a heap object.
pub struct ObjRef(NonNull<PyObject>);

impl ObjRef {
    /// Allocates a new object with refcount 1.
    #[inline]
    pub fn new(class: ObjRef, payload: Payload) -> ObjRef {
        Self::with_ext(class, payload, None)
    }

    #[inline]
    pub fn with_ext(class: ObjRef, payload: Payload, ext: Option<Box<InstanceExt>>) -> ObjRef {
        Self::alloc(Some(class), payload, ext)
    }

    /// Allocates an object whose class is not yet known (only for bootstrapping `type`).
    pub fn new_unclassed(payload: Payload) -> ObjRef {
        Self::alloc(None, payload, None)
    }

    #[inline(always)]
    fn alloc(class: Option<ObjRef>, payload: Payload, ext: Option<Box<InstanceExt>>) -> ObjRef {
        let container = track::is_container(&payload, ext.is_some());
        let obj = Box::new(PyObject {
            refcnt: Cell::new(1),
            class: ObjCell::new(class),
            gc_index: Cell::new(0),
            gc_gen: Cell::new(track::UNTRACKED),
            gc_flags: Cell::new(0),
            ext,
            payload,
        });
        let ptr = NonNull::from(Box::leak(obj));
        if container {
            track::track(ptr);
        }
        ObjRef(ptr)
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *const PyObject {
        self.0.as_ptr()
    }

    #[inline(always)]
    pub fn is(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }

    /// The object's address, used for `id()` and identity hashing.
    #[inline(always)]
    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }

    #[inline(always)]
    pub fn refcount(&self) -> usize {
        self.refcnt.get()
    }

    /// The object's class (`type(obj)`).
    #[inline(always)]
    pub fn class(&self) -> ObjRef {
        self.class.get().expect("object without class")
    }

    /// Runs `f` with a borrowed view of the class, without touching its refcount.
    #[inline(always)]
    pub fn with_class<R>(&self, f: impl FnOnce(&ObjRef) -> R) -> R {
        self.class.with(|c| f(c.expect("object without class")))
    }

    pub fn set_class(&self, class: ObjRef) {
        self.class.set(Some(class));
    }
}

impl std::ops::Deref for ObjRef {
    type Target = PyObject;
    #[inline(always)]
    fn deref(&self) -> &PyObject {
        // SAFETY: an ObjRef always points at a live PyObject: the pointee is only freed when the
        // last ObjRef is dropped, and this ObjRef is alive for the duration of the borrow.
        unsafe { self.0.as_ref() }
    }
}

impl Clone for ObjRef {
    #[inline(always)]
    fn clone(&self) -> ObjRef {
        let c = &self.refcnt;
        c.set(c.get() + 1);
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        let c = &self.refcnt;
        let n = c.get() - 1;
        c.set(n);
        if n == 0 {
            dealloc(self.0);
        }
    }
}

thread_local! {
    /// Objects waiting to be freed: deallocation is iterative so that dropping a long chain
    /// (a linked list of 10^6 nodes) does not recurse on the Rust stack.
    static FREE_QUEUE: std::cell::RefCell<Vec<NonNull<PyObject>>> = const { std::cell::RefCell::new(Vec::new()) };
    static FREEING: Cell<bool> = const { Cell::new(false) };
}

thread_local! {
    /// Objects whose refcount reached zero but which have a finalizer to run first (`__del__`,
    /// a suspended generator's `close`): kept alive here until the interpreter's next safe
    /// point (`take_pending_finalizers`), as a destructor cannot run Python code.
    static PENDING_FINALIZERS: std::cell::RefCell<Vec<ObjRef>> = const { std::cell::RefCell::new(Vec::new()) };
    static FINALIZERS_DUE: Cell<bool> = const { Cell::new(false) };
}

/// Is a finalizer waiting to run? (One thread-local load: checked between instructions.)
#[inline(always)]
pub fn finalizers_due() -> bool {
    FINALIZERS_DUE.with(|d| d.get())
}

/// The objects waiting for their finalizer, in the order they died.
pub fn take_pending_finalizers() -> Vec<ObjRef> {
    FINALIZERS_DUE.with(|d| d.set(false));
    PENDING_FINALIZERS.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

/// Does an object that just died need its finalizer run before it is freed?
fn wants_finalizer(o: &PyObject) -> bool {
    if track::finalized_flag(o) {
        return false;
    }
    match &o.payload {
        Payload::Generator(g) => match g.try_borrow() {
            Ok(g) => g.frame.is_some() && g.started && !g.running && g.kind == crate::objects::generator::GenKind::Generator,
            Err(_) => false,
        },
        _ => o.class.with(|c| match c {
            Some(c) => match &c.payload {
                Payload::Type(td) => td.has(crate::objects::typeobj::tflags::HAS_DEL),
                _ => false,
            },
            None => false,
        }),
    }
}

#[cold]
fn dealloc(ptr: NonNull<PyObject>) {
    // SAFETY: the refcount just reached zero; the object is still allocated.
    let o = unsafe { ptr.as_ref() };
    if wants_finalizer(o) {
        // resurrect it for the finalizer; it dies again (finalized) when the queue drops it
        o.refcnt.set(1);
        // SAFETY: the refcount of 1 set above is owned by the ObjRef made here.
        if PENDING_FINALIZERS.try_with(|p| p.borrow_mut().push(ObjRef(ptr))).is_ok() {
            let _ = FINALIZERS_DUE.try_with(|d| d.set(true));
        }
        // (during thread teardown the object is left to the process exit)
        return;
    }
    // SAFETY: the refcount just reached zero; the object is not freed before the loop below.
    track::untrack(unsafe { ptr.as_ref() });
    // Nested deallocations (the contents of the object being freed) are queued and freed by
    // the outermost call, so long chains do not recurse. While the thread's storage is being
    // torn down (caches holding objects are destroyed in an unspecified order) objects are
    // left to the process exit instead of freed.
    match FREEING.try_with(|f| f.replace(true)) {
        Ok(false) => {}
        Ok(true) => {
            let _ = FREE_QUEUE.try_with(|q| q.borrow_mut().push(ptr));
            return;
        }
        Err(_) => return,
    }
    free_object(ptr);
    while let Some(p) = FREE_QUEUE.try_with(|q| q.borrow_mut().pop()).ok().flatten() {
        free_object(p);
    }
    let _ = FREEING.try_with(|f| f.set(false));
}

/// Frees an object whose refcount reached zero (its contents are released in CPython's order).
fn free_object(p: NonNull<PyObject>) {
    // SAFETY: the refcount of `p` reached zero, so no ObjRef to it remains and we own the
    // allocation made by `Box::leak` in `ObjRef::alloc`.
    let mut boxed = unsafe { Box::from_raw(p.as_ptr()) };
    // CPython releases list and tuple items last to first (visible in `__del__` order)
    match &mut boxed.payload {
        Payload::List(l) => l.get_mut().reverse(),
        Payload::Tuple(t) => t.reverse(),
        _ => {}
    }
    drop(boxed);
}

impl PartialEq for ObjRef {
    fn eq(&self, other: &ObjRef) -> bool {
        self.is(other)
    }
}
impl Eq for ObjRef {}

impl fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<obj {:p} {}>", self.0.as_ptr(), self.payload.kind_name())
    }
}
