//! The builtin `list` type: construction, mutation methods, sorting, subscripts (ints and
//! slices, including extended-slice assignment), concatenation/repetition and lexicographic
//! comparison, plus its iterator types.

pub mod alias;
pub mod iter;
pub mod sort;
pub mod util;

use crate::types::object;
use rpy_vm::bytecode::CmpOp;
use rpy_vm::objects::iter::IterData;
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::protocol::convert::{slice_indices, slice_len};
use rpy_vm::protocol::{repr, seq};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;
use util::{clinic_args, noargs, onearg, subscript_index, wrap1, wrap_args, Items};

/// The items of a list receiver.
pub fn data<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RefCell<Vec<Value>>> {
    if let Value::Obj(o) = v {
        if let Payload::List(l) = &o.payload {
            return Ok(l);
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'list' object but received a '{tn}'")))
}

fn is_list(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::List(_)))
}

/// `PySequence_Fast(v, msg)`: the items of a list/tuple, or of any iterable; a TypeError
/// from `iter()` is replaced by `msg`.
pub fn seq_fast(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
    if let Some(items) = Items::of(v) {
        return Ok((0..items.len()).filter_map(|i| items.get(i)).collect());
    }
    let it = match seq::get_iter(vm, v) {
        Ok(it) => it,
        Err(e) => {
            let te = vm.types.type_error.clone();
            if e.0.with_class(|c| rpy_vm::objects::typeobj::is_subtype(c, &te)) {
                return Err(vm.type_error(msg));
            }
            return Err(e);
        }
    };
    let mut out = Vec::new();
    while let Some(x) = seq::next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// Items of any iterable (list/tuple fast path reads the payload, not `__iter__`).
fn iterable_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(items) = Items::of(v) {
        return Ok((0..items.len()).filter_map(|i| items.get(i)).collect());
    }
    seq::to_vec(vm, v)
}

fn list_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let base = vm.types.list.clone();
    let cls = object::new_cls(vm, &a, &base, "list")?;
    Ok(Value::Obj(object::alloc(vm, &cls, Payload::List(RefCell::new(Vec::new())))))
}

fn list_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.values[0].clone();
    if a.has_kwargs() {
        let cls = vm.type_of(&this);
        let lt = vm.types.list.clone();
        if cls.is(&lt) || util::inherits_native(&cls, "__new__", &lt) {
            return Err(vm.type_error("list() takes no keyword arguments"));
        }
    }
    let pos = &a.pos()[1..];
    if pos.len() > 1 {
        return Err(vm.type_error(format!("list expected at most 1 argument, got {}", pos.len())));
    }
    let l = data(vm, &this)?;
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    if let Some(it) = pos.first() {
        let items = iterable_items(vm, it)?;
        l.borrow_mut().extend(items);
    }
    Ok(Value::None)
}

fn list_append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = onearg(vm, &a, "list.append")?;
    data(vm, &a.values[0])?.borrow_mut().push(x);
    Ok(Value::None)
}

fn extend_with(vm: &mut Vm, this: &Value, other: &Value) -> PyResult<()> {
    let items = iterable_items(vm, other)?;
    data(vm, this)?.borrow_mut().extend(items);
    Ok(())
}

fn list_extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = onearg(vm, &a, "list.extend")?;
    extend_with(vm, &a.values[0], &x)?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rest = clinic_args(vm, &a, "list.insert", 2, 2)?;
    let i = util::ssize_arg(vm, &rest[0])?;
    let l = data(vm, &a.values[0])?;
    let n = l.borrow().len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.borrow_mut().insert(at as usize, rest[1].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rest = clinic_args(vm, &a, "list.pop", 0, 1)?;
    let i = match rest.first() {
        Some(v) => util::ssize_arg(vm, v)?,
        None => -1,
    };
    let l = data(vm, &a.values[0])?;
    let n = l.borrow().len();
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    match seq::norm_index(i, n) {
        Some(k) => Ok(l.borrow_mut().remove(k)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

/// Index of the first item equal to `x` in `[start, stop)`, re-reading the list each step.
fn find(vm: &mut Vm, l: &RefCell<Vec<Value>>, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = onearg(vm, &a, "list.remove")?;
    let l = data(vm, &a.values[0])?;
    match find(vm, l, &x, 0, usize::MAX)? {
        Some(i) => {
            let old = {
                let mut b = l.borrow_mut();
                if i < b.len() {
                    Some(b.remove(i))
                } else {
                    None
                }
            };
            drop(old);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rest = clinic_args(vm, &a, "list.index", 1, 3)?;
    let l = data(vm, &a.values[0])?;
    let len = l.borrow().len();
    let (start, stop) = util::index_bounds(vm, rest, len)?;
    match find(vm, l, &rest[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = repr::repr(vm, &rest[0])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = onearg(vm, &a, "list.count")?;
    let l = data(vm, &a.values[0])?;
    let mut n = 0;
    let mut i = 0;
    loop {
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if vm.eq(&item, &x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_reverse(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "list.reverse")?;
    data(vm, &a.values[0])?.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "list.clear")?;
    let l = data(vm, &a.values[0])?;
    let mut old: Vec<Value> = std::mem::take(&mut *l.borrow_mut());
    // released last to first, as CPython's list_clear does
    old.reverse();
    drop(old);
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "list.copy")?;
    let items = data(vm, &a.values[0])?.borrow().clone();
    Ok(vm.new_list(items))
}

fn list_sort(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in a.kwargs() {
        let name = match k {
            Value::Obj(o) => vm.str_of(o),
            _ => String::new(),
        };
        match name.as_str() {
            "key" => key = v.clone(),
            "reverse" => {
                reverse = match rpy_vm::protocol::number::as_int(v) {
                    Some(rpy_vm::objects::int::Int::Small(i)) if i32::try_from(i).is_ok() => i != 0,
                    Some(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
                    None => match vm.to_index(v)? {
                        rpy_vm::objects::int::Int::Small(i) if i32::try_from(i).is_ok() => i != 0,
                        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
                    },
                }
            }
            _ => return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for sort()"))),
        }
    }
    let l = data(vm, &a.values[0])?;
    let saved = std::mem::take(&mut *l.borrow_mut());
    let keys: Option<Vec<Value>> = if key.is_none() {
        None
    } else {
        let mut ks = Vec::with_capacity(saved.len());
        for x in saved.iter() {
            match vm.call(&key, std::slice::from_ref(x)) {
                Ok(k) => ks.push(k),
                Err(e) => {
                    let junk = std::mem::replace(&mut *l.borrow_mut(), saved);
                    drop(junk);
                    return Err(e);
                }
            }
        }
        Some(ks)
    };
    let (perm, err) = sort::timsort(vm, keys.as_deref().unwrap_or(&saved), reverse);
    let sorted: Vec<Value> = perm.iter().map(|&i| saved[i].clone()).collect();
    drop(keys);
    drop(saved);
    let modified = l.borrow().capacity() > 0;
    let junk = std::mem::replace(&mut *l.borrow_mut(), sorted);
    drop(junk);
    if let Some(e) = err {
        return Err(e);
    }
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// The slice object of a subscript, if it is one.
fn as_slice(v: &Value) -> Option<&ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Slice { .. }) => Some(o),
        _ => None,
    }
}

fn indices_error(vm: &mut Vm, what: &str, key: &Value) -> rpy_vm::PyErr {
    let tn = vm.type_name(key);
    vm.type_error(format!("{what} indices must be integers or slices, not {tn}"))
}

fn list_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let key = onearg(vm, &a, "list.__getitem__")?;
    let l = data(vm, &a.values[0])?;
    if let Some(s) = as_slice(&key) {
        let v = seq::slice_list(vm, l, s)?;
        return Ok(vm.new_list(v));
    }
    match subscript_index(vm, &key)? {
        Some(i) => {
            let b = l.borrow();
            match seq::norm_index(i, b.len()) {
                Some(k) => Ok(b[k].clone()),
                None => {
                    drop(b);
                    Err(vm.index_error("list index out of range"))
                }
            }
        }
        None => Err(indices_error(vm, "list", &key)),
    }
}

/// `list_ass_slice`: replaces `l[lo:hi]` (clamped) by `items`.
fn assign_slice(l: &RefCell<Vec<Value>>, lo: isize, hi: isize, items: Vec<Value>) {
    let n = l.borrow().len() as isize;
    let lo = lo.clamp(0, n);
    let hi = hi.clamp(lo, n);
    let removed: Vec<Value> = l.borrow_mut().splice(lo as usize..hi as usize, items).collect();
    drop(removed);
}

fn list_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error("wrapper __setitem__() takes no keyword arguments"));
    }
    let rest = &a.pos()[1..];
    if rest.len() != 2 {
        return Err(vm.type_error(format!(" expected 2 arguments, got {}", rest.len())));
    }
    let (key, value) = (rest[0].clone(), rest[1].clone());
    setitem(vm, &a.values[0], &key, value)?;
    Ok(Value::None)
}

fn setitem(vm: &mut Vm, this: &Value, key: &Value, value: Value) -> PyResult<()> {
    let l = data(vm, this)?;
    if let Some(s) = as_slice(key) {
        let (sa, sb, sc) = seq::slice_parts(s).unwrap_or((Value::None, Value::None, Value::None));
        let len = l.borrow().len();
        let (start, stop, step) = slice_indices(vm, &sa, &sb, &sc, len)?;
        if step == 1 {
            let items = if value.is(this) { l.borrow().clone() } else { seq_fast(vm, &value, "can only assign an iterable")? };
            assign_slice(l, start, stop, items);
            return Ok(());
        }
        let n = slice_len(start, stop, step);
        let items = if value.is(this) { l.borrow().clone() } else { seq_fast(vm, &value, "must assign iterable to extended slice")? };
        if items.len() != n {
            return Err(vm.value_error(format!("attempt to assign sequence of size {} to extended slice of size {}", items.len(), n)));
        }
        let mut old = Vec::with_capacity(n);
        {
            let mut b = l.borrow_mut();
            let mut i = start;
            for it in items {
                if let Some(slot) = b.get_mut(i as usize) {
                    old.push(std::mem::replace(slot, it));
                }
                i = i.wrapping_add(step);
            }
        }
        drop(old);
        return Ok(());
    }
    match subscript_index(vm, key)? {
        Some(i) => {
            let len = l.borrow().len();
            match seq::norm_index(i, len) {
                Some(k) => {
                    let old = std::mem::replace(&mut l.borrow_mut()[k], value);
                    drop(old);
                    Ok(())
                }
                None => Err(vm.index_error("list assignment index out of range")),
            }
        }
        None => Err(indices_error(vm, "list", key)),
    }
}

fn list_delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let key = wrap1(vm, &a, "__delitem__")?;
    let l = data(vm, &a.values[0])?;
    if let Some(s) = as_slice(&key) {
        let (sa, sb, sc) = seq::slice_parts(s).unwrap_or((Value::None, Value::None, Value::None));
        let len = l.borrow().len();
        let (start, stop, step) = slice_indices(vm, &sa, &sb, &sc, len)?;
        if step == 1 {
            assign_slice(l, start, stop, Vec::new());
            return Ok(Value::None);
        }
        let n = slice_len(start, stop, step);
        if n == 0 {
            return Ok(Value::None);
        }
        let mut drop_mask = vec![false; len];
        let mut i = start;
        for _ in 0..n {
            drop_mask[i as usize] = true;
            i = i.wrapping_add(step);
        }
        let old = std::mem::take(&mut *l.borrow_mut());
        let mut kept = Vec::with_capacity(len - n);
        let mut removed = Vec::with_capacity(n);
        for (k, v) in old.into_iter().enumerate() {
            if drop_mask.get(k).copied().unwrap_or(false) {
                removed.push(v);
            } else {
                kept.push(v);
            }
        }
        let junk = std::mem::replace(&mut *l.borrow_mut(), kept);
        drop(junk);
        drop(removed);
        return Ok(Value::None);
    }
    match subscript_index(vm, &key)? {
        Some(i) => {
            let len = l.borrow().len();
            match seq::norm_index(i, len) {
                Some(k) => {
                    let old = l.borrow_mut().remove(k);
                    drop(old);
                    Ok(Value::None)
                }
                None => Err(vm.index_error("list assignment index out of range")),
            }
        }
        None => Err(indices_error(vm, "list", &key)),
    }
}

fn list_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__len__", 0)?;
    Ok(Value::Int(data(vm, &a.values[0])?.borrow().len() as i64))
}

fn list_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__iter__", 0)?;
    data(vm, &a.values[0])?;
    let t = vm.types.list_iterator.clone();
    Ok(util::new_iter(&t, IterData::Seq { seq: a.values[0].clone(), index: 0 }))
}

fn list_reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "list.__reversed__")?;
    let n = data(vm, &a.values[0])?.borrow().len();
    let t = vm.types.list_reverseiterator.clone();
    Ok(util::new_iter(&t, IterData::Reversed { seq: a.values[0].clone(), index: n as isize - 1 }))
}

fn list_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = wrap1(vm, &a, "__contains__")?;
    let l = data(vm, &a.values[0])?;
    Ok(Value::Bool(find(vm, l, &x, 0, usize::MAX)?.is_some()))
}

fn list_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__add__")?;
    if !is_list(&other) {
        return Ok(vm.not_implemented());
    }
    let mut items = data(vm, &a.values[0])?.borrow().clone();
    items.extend(data(vm, &other)?.borrow().iter().cloned());
    Ok(vm.new_list(items))
}

fn list_iadd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__iadd__")?;
    extend_with(vm, &a.values[0], &other)?;
    Ok(a.values[0].clone())
}

/// The repeat count of `seq * n`: None when `n` is not an integer (NotImplemented).
pub fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    if rpy_vm::protocol::number::as_int(n).is_none() && rpy_vm::protocol::attr::lookup_special(vm, n, "__index__").is_none() {
        return Ok(None);
    }
    match subscript_index(vm, n) {
        Ok(Some(i)) => Ok(Some(i)),
        Ok(None) => Ok(None),
        Err(e) => {
            // CPython raises OverflowError here ("cannot fit 'int' into an index-sized integer")
            let ie = vm.types.index_error.clone();
            if e.0.with_class(|c| rpy_vm::objects::typeobj::is_subtype(c, &ie)) {
                let tn = vm.type_name(n);
                return Err(vm.overflow_error(format!("cannot fit '{tn}' into an index-sized integer")));
            }
            Err(e)
        }
    }
}

/// `items * n` with CPython's MemoryError for absurd sizes.
pub fn repeat(vm: &mut Vm, items: &[Value], n: i64) -> PyResult<Vec<Value>> {
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = (items.len() as u64).checked_mul(n as u64).filter(|t| *t <= (isize::MAX as u64) / 16);
    let mut out = Vec::new();
    if total.map(|t| out.try_reserve_exact(t as usize).is_err()).unwrap_or(true) {
        let t = vm.types.memory_error.clone();
        return Err(rpy_vm::PyErr(vm.new_exception(&t, vec![])));
    }
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

fn list_mul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__mul__")?;
    let Some(n) = repeat_count(vm, &other)? else { return Ok(vm.not_implemented()) };
    let items = data(vm, &a.values[0])?.borrow().clone();
    let out = repeat(vm, &items, n)?;
    Ok(vm.new_list(out))
}

fn list_imul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__imul__")?;
    let Some(n) = repeat_count(vm, &other)? else { return Ok(vm.not_implemented()) };
    let l = data(vm, &a.values[0])?;
    let items = l.borrow().clone();
    let out = repeat(vm, &items, n)?;
    let old = std::mem::replace(&mut *l.borrow_mut(), out);
    drop(old);
    Ok(a.values[0].clone())
}

fn compare(vm: &mut Vm, a: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let other = wrap1(vm, &a, name)?;
    let this = a.values[0].clone();
    if !is_list(&this) || !is_list(&other) {
        return Ok(vm.not_implemented());
    }
    let (Some(x), Some(y)) = (Items::of(&this), Items::of(&other)) else {
        return Ok(vm.not_implemented());
    };
    util::seq_compare(vm, x, y, op)
}

fn list_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__eq__", CmpOp::Eq)
}
fn list_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__ne__", CmpOp::Ne)
}
fn list_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__lt__", CmpOp::Lt)
}
fn list_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__le__", CmpOp::Le)
}
fn list_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__gt__", CmpOp::Gt)
}
fn list_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__ge__", CmpOp::Ge)
}

fn list_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__repr__", 0)?;
    let this = a.values[0].clone();
    let items = data(vm, &this)?.borrow().clone();
    if items.is_empty() {
        return Ok(vm.new_str("[]"));
    }
    let Value::Obj(o) = &this else { return Ok(vm.new_str("[]")) };
    let s = util::repr_guard(vm, o, "[...]", |vm| Ok(format!("[{}]", util::join_reprs(vm, &items)?)))?;
    Ok(vm.new_string(s))
}

fn list_sizeof(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "list.__sizeof__")?;
    let cap = data(vm, &a.values[0])?.borrow().capacity();
    Ok(Value::Int(40 + 8 * cap as i64))
}

static METHODS: &[MethodDef] = &[
    MethodDef { name: "__new__", func: list_new, flags: mflags::STATIC, sig: "($type, *args, **kwargs)", doc: "Create and return a new object.  See help(type) for accurate signature." },
    MethodDef { name: "__init__", func: list_init, flags: 0, sig: "($self, /, *args, **kwargs)", doc: "Initialize self.  See help(type(self)) for accurate signature." },
    MethodDef { name: "__repr__", func: list_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__lt__", func: list_lt, flags: 0, sig: "($self, value, /)", doc: "Return self<value." },
    MethodDef { name: "__le__", func: list_le, flags: 0, sig: "($self, value, /)", doc: "Return self<=value." },
    MethodDef { name: "__eq__", func: list_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: list_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__gt__", func: list_gt, flags: 0, sig: "($self, value, /)", doc: "Return self>value." },
    MethodDef { name: "__ge__", func: list_ge, flags: 0, sig: "($self, value, /)", doc: "Return self>=value." },
    MethodDef { name: "__iter__", func: list_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__len__", func: list_len, flags: 0, sig: "($self, /)", doc: "Return len(self)." },
    MethodDef { name: "__getitem__", func: list_getitem, flags: 0, sig: "", doc: "x.__getitem__(y) <==> x[y]" },
    MethodDef { name: "__setitem__", func: list_setitem, flags: 0, sig: "($self, key, value, /)", doc: "Set self[key] to value." },
    MethodDef { name: "__delitem__", func: list_delitem, flags: 0, sig: "($self, key, /)", doc: "Delete self[key]." },
    MethodDef { name: "__add__", func: list_add, flags: 0, sig: "($self, value, /)", doc: "Return self+value." },
    MethodDef { name: "__mul__", func: list_mul, flags: 0, sig: "($self, value, /)", doc: "Return self*value." },
    MethodDef { name: "__rmul__", func: list_mul, flags: 0, sig: "($self, value, /)", doc: "Return value*self." },
    MethodDef { name: "__contains__", func: list_contains, flags: 0, sig: "($self, key, /)", doc: "Return key in self." },
    MethodDef { name: "__iadd__", func: list_iadd, flags: 0, sig: "($self, value, /)", doc: "Implement self+=value." },
    MethodDef { name: "__imul__", func: list_imul, flags: 0, sig: "($self, value, /)", doc: "Implement self*=value." },
    MethodDef { name: "__reversed__", func: list_reversed, flags: 0, sig: "($self, /)", doc: "Return a reverse iterator over the list." },
    MethodDef { name: "__sizeof__", func: list_sizeof, flags: 0, sig: "($self, /)", doc: "Return the size of the list in memory, in bytes." },
    MethodDef { name: "clear", func: list_clear, flags: 0, sig: "($self, /)", doc: "Remove all items from list." },
    MethodDef { name: "copy", func: list_copy, flags: 0, sig: "($self, /)", doc: "Return a shallow copy of the list." },
    MethodDef { name: "append", func: list_append, flags: 0, sig: "($self, object, /)", doc: "Append object to the end of the list." },
    MethodDef { name: "insert", func: list_insert, flags: 0, sig: "($self, index, object, /)", doc: "Insert object before index." },
    MethodDef { name: "extend", func: list_extend, flags: 0, sig: "($self, iterable, /)", doc: "Extend list by appending elements from the iterable." },
    MethodDef { name: "pop", func: list_pop, flags: 0, sig: "($self, index=-1, /)", doc: "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range." },
    MethodDef { name: "remove", func: list_remove, flags: 0, sig: "($self, value, /)", doc: "Remove first occurrence of value.\n\nRaises ValueError if the value is not present." },
    MethodDef { name: "index", func: list_index, flags: 0, sig: "($self, value, start=0, stop=sys.maxsize, /)", doc: "Return first index of value.\n\nRaises ValueError if the value is not present." },
    MethodDef { name: "count", func: list_count, flags: 0, sig: "($self, value, /)", doc: "Return number of occurrences of value." },
    MethodDef { name: "reverse", func: list_reverse, flags: 0, sig: "($self, /)", doc: "Reverse *IN PLACE*." },
    MethodDef {
        name: "sort",
        func: list_sort,
        flags: 0,
        sig: "($self, /, *, key=None, reverse=False)",
        doc: "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is given, apply it once to each list item and sort them,\nascending or descending, according to their function values.\n\nThe reverse flag can be set to sort in descending order.",
    },
    MethodDef { name: "__class_getitem__", func: alias::class_getitem, flags: mflags::CLASS, sig: "", doc: "See PEP 585" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.list.clone();
    vm.add_methods(&t, METHODS);
    vm.type_set_attr(&t, "__hash__", Value::None);
    let doc = vm.new_str(
        "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.",
    );
    vm.type_set_attr(&t, "__doc__", doc);
    iter::init(vm);
    alias::init(vm);
}
