//! Dict iterators: the forward key/value/item iterators (VM `IterData::Dict`) and the reverse
//! ones (`reversed(d)`, `reversed(d.values())`, `reversed(d.items())`), which walk the entry
//! table backwards and detect size changes like CPython's `dictreviter_iternext`.

use super::{dict_obj, table};
use crate::types::list::alias::new_native_type;
use crate::types::list::iter::ITER_METHODS;
use crate::types::list::util::{self, noargs, wrap_args};
use rpy_vm::objects::iter::IterData;
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;
use std::mem::ManuallyDrop;

/// State of a reverse dict iterator.
struct RevIter {
    /// None once exhausted
    dict: Option<ObjRef>,
    /// entry position to look at next (walking down)
    pos: isize,
    /// the dict's size when created; -1 after a size change (sticky error)
    used: isize,
    /// items left
    len: usize,
    kind: u8,
}

thread_local! {
    /// (address of the Vm's `dict` type, dict_reversevalueiterator, dict_reverseitemiterator).
    /// Never dropped: thread-local destructors must not free objects.
    static REV_TYPES: RefCell<Vec<(usize, ManuallyDrop<ObjRef>, ManuallyDrop<ObjRef>)>> = const { RefCell::new(Vec::new()) };
}

fn rev_type(vm: &Vm, kind: u8) -> ObjRef {
    if kind == 0 {
        return vm.types.dict_reversekeyiterator.clone();
    }
    let key = vm.types.dict.addr();
    let found = REV_TYPES.with(|t| t.borrow().iter().find(|(k, _, _)| *k == key).map(|(_, v, i)| if kind == 1 { ObjRef::clone(v) } else { ObjRef::clone(i) }));
    found.unwrap_or_else(|| vm.types.dict_reversekeyiterator.clone())
}

/// A forward iterator over `d` (kind 0 keys, 1 values, 2 items).
pub fn forward(vm: &mut Vm, d: &Value, kind: u8) -> PyResult<Value> {
    let o = dict_obj(vm, d)?;
    let len = table(o).borrow().len();
    let cls = match kind {
        0 => vm.types.dict_keyiterator.clone(),
        1 => vm.types.dict_valueiterator.clone(),
        _ => vm.types.dict_itemiterator.clone(),
    };
    Ok(util::new_iter(&cls, IterData::Dict { dict: d.clone(), pos: 0, len, left: len, kind }))
}

/// A reverse iterator over `d`.
pub fn reverse(vm: &mut Vm, d: &Value, kind: u8) -> PyResult<Value> {
    let o = dict_obj(vm, d)?.clone();
    let (len, last) = {
        let b = table(&o).borrow();
        (b.len(), b.last_index().map(|i| i as isize).unwrap_or(-1))
    };
    let it = RevIter { dict: if len == 0 { None } else { Some(o) }, pos: last, used: len as isize, len, kind };
    let cls = rev_type(vm, kind);
    Ok(Value::Obj(ObjRef::new(cls, Payload::Native(Box::new(RefCell::new(it))))))
}

fn rev_state<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RefCell<RevIter>> {
    if let Value::Obj(o) = v {
        if let Payload::Native(b) = &o.payload {
            if let Some(s) = b.downcast_ref::<RefCell<RevIter>>() {
                return Ok(s);
            }
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor '__next__' requires a 'dict_reversekeyiterator' object but received a '{tn}'")))
}

fn rev_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__next__", 0)?;
    let st = rev_state(vm, &a.values[0])?;
    let (d, used, pos, kind) = {
        let s = st.borrow();
        match &s.dict {
            Some(d) => (d.clone(), s.used, s.pos, s.kind),
            None => return Err(vm.stop_iteration(None)),
        }
    };
    let cur = table(&d).borrow().len() as isize;
    if used != cur {
        st.borrow_mut().used = -1;
        return Err(vm.runtime_error("dictionary changed size during iteration"));
    }
    let found = {
        let b = table(&d).borrow();
        let mut i = pos;
        let mut hit = None;
        while i >= 0 {
            if let Some(e) = b.entry(i as usize) {
                hit = Some((i, e.key.clone(), e.value.clone()));
                break;
            }
            i -= 1;
        }
        hit
    };
    match found {
        Some((i, k, v)) => {
            {
                let mut s = st.borrow_mut();
                s.pos = i - 1;
                s.len = s.len.saturating_sub(1);
            }
            Ok(match kind {
                0 => k,
                1 => v,
                _ => vm.new_tuple(vec![k, v]),
            })
        }
        None => {
            st.borrow_mut().dict = None;
            Err(vm.stop_iteration(None))
        }
    }
}

fn rev_length_hint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "__length_hint__")?;
    let st = rev_state(vm, &a.values[0])?;
    let s = st.borrow();
    let n = match &s.dict {
        Some(d) if table(d).borrow().len() as isize == s.used => s.len as i64,
        _ => 0,
    };
    Ok(Value::Int(n))
}

static REV_METHODS: &[MethodDef] = &[
    MethodDef { name: "__iter__", func: util::iter_self, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: rev_next, flags: 0, sig: "($self, /)", doc: "Implement next(self)." },
    MethodDef { name: "__length_hint__", func: rev_length_hint, flags: 0, sig: "", doc: "Private method returning an estimate of len(list(it))." },
];

pub fn init(vm: &mut Vm) {
    for t in [vm.types.dict_keyiterator.clone(), vm.types.dict_valueiterator.clone(), vm.types.dict_itemiterator.clone()] {
        vm.add_methods(&t, ITER_METHODS);
    }
    let values = new_native_type(vm, "dict_reversevalueiterator", "builtins", 0);
    let items = new_native_type(vm, "dict_reverseitemiterator", "builtins", 0);
    let keys = vm.types.dict_reversekeyiterator.clone();
    for t in [&keys, &values, &items] {
        vm.add_methods(t, REV_METHODS);
    }
    let key = vm.types.dict.addr();
    REV_TYPES.with(|r| {
        let mut r = r.borrow_mut();
        r.retain(|(k, _, _)| *k != key);
        r.push((key, ManuallyDrop::new(values), ManuallyDrop::new(items)));
    });
}
