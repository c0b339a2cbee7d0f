//! `ObjCell`: a mutable slot holding an optional object reference (class pointers, instance
//! dicts, `__slots__` values, closure cells).

use super::ObjRef;
use std::cell::UnsafeCell;

/// A single-threaded mutable `Option<ObjRef>`. Reads clone the reference out; writes replace it
/// and drop the old value only after the slot is updated, so a destructor that runs Python code
/// never observes a half-written slot.
pub struct ObjCell(UnsafeCell<Option<ObjRef>>);

impl ObjCell {
    pub fn new(v: Option<ObjRef>) -> ObjCell {
        ObjCell(UnsafeCell::new(v))
    }

    #[inline(always)]
    pub fn get(&self) -> Option<ObjRef> {
        // SAFETY: ObjCell is !Sync and no reference into the cell ever escapes this module, so
        // there is no aliasing &mut while we clone the value.
        unsafe { (*self.0.get()).clone() }
    }

    #[inline(always)]
    pub fn with<R>(&self, f: impl FnOnce(Option<&ObjRef>) -> R) -> R {
        // SAFETY: as in `get`; `f` gets a shared borrow and cannot reach this cell's interior
        // mutably because `set`/`take` are the only writers and `f` would have to call them
        // through a shared reference to this same cell, which only ever happens after it returns
        // in our callers (they copy what they need and return).
        unsafe { f((*self.0.get()).as_ref()) }
    }

    #[inline(always)]
    pub fn set(&self, v: Option<ObjRef>) {
        // SAFETY: no reference into the cell escapes; the old value is dropped after the write.
        let old = unsafe { std::ptr::replace(self.0.get(), v) };
        drop(old);
    }

    #[inline(always)]
    pub fn take(&self) -> Option<ObjRef> {
        // SAFETY: as in `set`.
        unsafe { std::ptr::replace(self.0.get(), None) }
    }
}

impl Default for ObjCell {
    fn default() -> Self {
        ObjCell::new(None)
    }
}
