//! Instance layouts of classes: CPython's `solid_base`/`best_base` rules (which bases can be
//! combined, which one is `__base__`) and the questions `__slots__` asks about a base (does it
//! already give instances a `__dict__` or a `__weakref__`).

use rpy_vm::objects::typeobj::{is_subtype, tflags, type_data, Layout};
use rpy_vm::{ObjRef, PyResult, Vm};

/// Builtin layouts that are variable-sized in CPython (`tp_itemsize != 0`): no `__slots__`
/// and no `__weakref__` can be added to their subclasses.
pub fn is_var_sized(layout: Layout) -> bool {
    matches!(layout, Layout::Int | Layout::Bool | Layout::Bytes | Layout::Tuple | Layout::Type)
}

/// Builtin layouts whose instances can be weakly referenced (`tp_weaklistoffset != 0`).
fn builtin_weakrefable(layout: Layout) -> bool {
    matches!(layout, Layout::Set | Layout::FrozenSet | Layout::Type | Layout::Function | Layout::Module)
}

/// The type whose instance layout `t` shares (CPython's `solid_base`): the nearest class in
/// the `__base__` chain that added `__slots__` or is a builtin with its own layout.
pub fn solid_base(vm: &Vm, t: &ObjRef) -> ObjRef {
    let bases = type_data(t).bases.borrow().clone();
    let Some(base) = best_base_unchecked(vm, &bases) else { return t.clone() };
    let (td, bd) = (type_data(t), type_data(&base));
    let adds = if td.has(tflags::HEAPTYPE) { td.nslots > bd.nslots || td.layout != bd.layout } else { td.layout != bd.layout };
    if adds {
        t.clone()
    } else {
        solid_base(vm, &base)
    }
}

/// CPython's `best_base` walk: the base whose solid base is the most derived; Err when
/// two solid bases are on unrelated lines (a layout conflict), with the base chosen so far.
fn best_base_of(vm: &Vm, bases: &[ObjRef]) -> Result<Option<ObjRef>, ObjRef> {
    let mut winner: Option<ObjRef> = None;
    let mut base: Option<ObjRef> = None;
    for b in bases {
        let cand = solid_base(vm, b);
        match &winner {
            None => {
                winner = Some(cand);
                base = Some(b.clone());
            }
            Some(w) => {
                if is_subtype(w, &cand) {
                    continue;
                }
                if !is_subtype(&cand, w) {
                    // the conflicting base (existing classes keep the first line they had)
                    return Err(base.unwrap_or_else(|| b.clone()));
                }
                winner = Some(cand);
                base = Some(b.clone());
            }
        }
    }
    Ok(base)
}

/// `best_base` without the conflict error (for types that already exist).
fn best_base_unchecked(vm: &Vm, bases: &[ObjRef]) -> Option<ObjRef> {
    best_base_of(vm, bases).unwrap_or_else(Some)
}

/// The base a new class's layout extends (CPython's `best_base`, which becomes `__base__`):
/// TypeError "multiple bases have instance lay-out conflict" when two bases add storage on
/// unrelated lines.
pub fn best_base(vm: &mut Vm, bases: &[ObjRef]) -> PyResult<Option<ObjRef>> {
    best_base_of(vm, bases).map_err(|_| vm.type_error("multiple bases have instance lay-out conflict"))
}

/// `__base__` of an existing class.
pub fn primary_base(vm: &Vm, t: &ObjRef) -> Option<ObjRef> {
    let bases = type_data(t).bases.borrow().clone();
    best_base_unchecked(vm, &bases)
}

/// Whether instances of `t` already have a `__dict__` (`tp_dictoffset != 0`).
pub fn has_instance_dict(t: &ObjRef) -> bool {
    type_data(t).instance_dict
}

/// Whether instances of `t` already have a `__weakref__` slot (`tp_weaklistoffset != 0`): a
/// class got one unless every class in its chain declared `__slots__` without `__weakref__`.
pub fn has_weakref_slot(vm: &Vm, t: &ObjRef) -> bool {
    let td = type_data(t);
    if !td.has(tflags::HEAPTYPE) {
        return builtin_weakrefable(td.layout);
    }
    if vm.dict_get_str(&td.dict, "__weakref__").is_some() {
        return true;
    }
    match primary_base(vm, t) {
        Some(b) => has_weakref_slot(vm, &b),
        None => false,
    }
}

/// Which deallocator CPython's instances of `t` have, for `__bases__`/`__class__` assignment
/// checks: heap classes share `subtype_dealloc`; int and bool inherit object's.
pub fn same_dealloc(a: &ObjRef, b: &ObjRef) -> bool {
    let kind = |t: &ObjRef| {
        let td = type_data(t);
        if td.has(tflags::HEAPTYPE) {
            None
        } else if matches!(td.layout, Layout::Object | Layout::Int | Layout::Bool) {
            Some(Layout::Object)
        } else {
            Some(td.layout)
        }
    };
    kind(a) == kind(b)
}
