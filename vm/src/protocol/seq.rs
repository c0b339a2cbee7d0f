//! Subscription, length, membership and iteration, with inline paths for the built-in
//! containers and dunder dispatch for everything else.

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, Payload};
use crate::objects::iter::IterData;
use crate::objects::typeobj::{tflags, type_data};
use crate::protocol::convert::{slice_indices, slice_len};
use crate::protocol::number::as_int;
use crate::protocol::{attr, dictops, setops};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

fn exact(vm: &Vm, o: &ObjRef) -> bool {
    let _ = vm;
    !type_data(&o.class()).has(tflags::HEAPTYPE)
}

/// Normalises an index for a sequence of `len`, or None if out of range.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        None
    } else {
        Some(i as usize)
    }
}

fn index_of(vm: &mut Vm, key: &Value, what: &str) -> PyResult<Option<i64>> {
    if let Value::Obj(o) = key {
        if let Payload::Slice { .. } = &o.payload {
            return Ok(None);
        }
    }
    match as_int(key) {
        Some(crate::objects::int::Int::Small(i)) => Ok(Some(i)),
        Some(crate::objects::int::Int::Big(_)) => {
            let tn = vm.type_name(key);
            let t = vm.types.index_error.clone();
            Err(vm.new_error(&t, format!("cannot fit '{tn}' into an index-sized integer")))
        }
        None => {
            if attr::lookup_special(vm, key, "__index__").is_some() {
                return Ok(Some(vm.to_isize(key)? as i64));
            }
            let tn = vm.type_name(key);
            Err(vm.type_error(if what == "string" {
                format!("string indices must be integers, not '{tn}'")
            } else {
                format!("{what} indices must be integers or slices, not {tn}")
            }))
        }
    }
}

pub fn slice_parts(o: &ObjRef) -> Option<(Value, Value, Value)> {
    match &o.payload {
        Payload::Slice { start, stop, step } => Some((start.clone(), stop.clone(), step.clone())),
        _ => None,
    }
}

/// Items selected by a slice from a vector.
pub fn slice_vec<T: Clone>(vm: &mut Vm, items: &[T], s: &ObjRef) -> PyResult<Vec<T>> {
    let (a, b, c) = slice_parts(s).unwrap_or((Value::None, Value::None, Value::None));
    let (start, stop, step) = slice_indices(vm, &a, &b, &c, items.len())?;
    let n = slice_len(start, stop, step);
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        out.push(items[i as usize].clone());
        i = i.wrapping_add(step);
    }
    Ok(out)
}

/// `list[slice]`: resolves the slice (which may run `__index__`), then copies only the
/// selected items.
pub fn slice_list(vm: &mut Vm, l: &std::cell::RefCell<Vec<Value>>, s: &ObjRef) -> PyResult<Vec<Value>> {
    let len = l.borrow().len();
    let (a, b, c) = slice_parts(s).unwrap_or((Value::None, Value::None, Value::None));
    let (start, stop, step) = slice_indices(vm, &a, &b, &c, len)?;
    let items = l.borrow();
    if items.len() != len {
        // `__index__` resized the list: resolve again against the new length
        let copy = items.clone();
        drop(items);
        return slice_vec(vm, &copy, s);
    }
    let n = slice_len(start, stop, step);
    if step == 1 {
        return Ok(items[start as usize..start as usize + n].to_vec());
    }
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        out.push(items[i as usize].clone());
        i = i.wrapping_add(step);
    }
    Ok(out)
}

pub fn getitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = container {
        if exact(vm, o) {
            match &o.payload {
                Payload::List(l) => {
                    if let Value::Int(i) = key {
                        let l = l.borrow();
                        return match norm_index(*i, l.len()) {
                            Some(i) => Ok(l[i].clone()),
                            None => {
                                drop(l);
                                Err(vm.index_error("list index out of range"))
                            }
                        };
                    }
                    return match index_of(vm, key, "list")? {
                        Some(i) => {
                            let l = l.borrow();
                            match norm_index(i, l.len()) {
                                Some(i) => Ok(l[i].clone()),
                                None => {
                                    drop(l);
                                    Err(vm.index_error("list index out of range"))
                                }
                            }
                        }
                        None => {
                            let v = slice_list(vm, l, key.as_obj().unwrap_or(o))?;
                            Ok(vm.new_list(v))
                        }
                    };
                }
                Payload::Tuple(t) => {
                    return match index_of(vm, key, "tuple")? {
                        Some(i) => match norm_index(i, t.len()) {
                            Some(i) => Ok(t[i].clone()),
                            None => Err(vm.index_error("tuple index out of range")),
                        },
                        None => {
                            let v = slice_vec(vm, t, key.as_obj().unwrap_or(o))?;
                            Ok(vm.new_tuple(v))
                        }
                    };
                }
                Payload::Str(s) => {
                    return match index_of(vm, key, "string")? {
                        Some(i) => match norm_index(i, s.char_len()) {
                            Some(i) => {
                                let c = s.char_at(i);
                                let mut buf = [0u8; 4];
                                Ok(Value::Obj(vm.intern(c.encode_utf8(&mut buf))))
                            }
                            None => Err(vm.index_error("string index out of range")),
                        },
                        None => {
                            let (a, b, c) = slice_parts(key.as_obj().unwrap_or(o)).unwrap_or((Value::None, Value::None, Value::None));
                            let (start, stop, step) = slice_indices(vm, &a, &b, &c, s.char_len())?;
                            if step == 1 {
                                let sub = if stop > start { s.slice_chars(start as usize, stop as usize).to_string() } else { String::new() };
                                return Ok(vm.new_string(sub));
                            }
                            let chars: Vec<char> = s.as_str().chars().collect();
                            let n = slice_len(start, stop, step);
                            let mut out = String::with_capacity(n);
                            let mut i = start;
                            for _ in 0..n {
                                out.push(chars[i as usize]);
                                i = i.wrapping_add(step);
                            }
                            Ok(vm.new_string(out))
                        }
                    };
                }
                Payload::Dict(_) => {
                    return match dictops::dict_getitem_opt(vm, o, key)? {
                        Some(v) => Ok(v),
                        None => Err(vm.key_error(key.clone())),
                    };
                }
                Payload::Bytes(b) => {
                    return match index_of(vm, key, "byte")? {
                        Some(i) => match norm_index(i, b.len()) {
                            Some(i) => Ok(Value::Int(b[i] as i64)),
                            None => Err(vm.index_error("index out of range")),
                        },
                        None => {
                            let v = slice_vec(vm, b, key.as_obj().unwrap_or(o))?;
                            Ok(vm.new_bytes(v))
                        }
                    };
                }
                Payload::Range { start, stop, step } => {
                    if let Some(k) = as_int(key) {
                        let (s, p, st) = (start.clone(), stop.clone(), step.clone());
                        return range_item_big(vm, &s, &p, &st, k.to_big());
                    }
                    if let Some(i) = index_of(vm, key, "range")? {
                        let (s, p, st) = (start.clone(), stop.clone(), step.clone());
                        return range_item(vm, &s, &p, &st, i);
                    }
                }
                _ => {}
            }
        }
        if let Payload::Type(_) = &o.payload {
            if let Some(cg) = attr::type_lookup_str(o, "__class_getitem__") {
                let f = match attr::descr_get(vm, &cg, None, o)? {
                    Some(b) => b,
                    None => cg,
                };
                return match &f {
                    Value::Obj(fo) if matches!(fo.payload, Payload::Function(_)) => vm.call(&f, &[container.clone(), key.clone()]),
                    _ => vm.call(&f, &[key.clone()]),
                };
            }
            if attr::lookup_special(vm, container, "__getitem__").is_none() {
                let tn = type_data(o).name.borrow().clone();
                return Err(vm.type_error(format!("type '{tn}' is not subscriptable")));
            }
        }
    }
    match attr::lookup_special(vm, container, "__getitem__") {
        Some(f) => vm.call(&f, &[container.clone(), key.clone()]),
        None => {
            let tn = vm.type_name(container);
            Err(vm.type_error(format!("'{tn}' object is not subscriptable")))
        }
    }
}

fn range_item(vm: &mut Vm, start: &Value, stop: &Value, step: &Value, i: i64) -> PyResult<Value> {
    let n = range_len(vm, start, stop, step)?;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    if let (Value::Int(a), Value::Int(s)) = (start, step) {
        if let Some(v) = s.checked_mul(idx).and_then(|m| m.checked_add(*a)) {
            return Ok(Value::Int(v));
        }
    }
    let a = as_int(start).map(|x| x.to_big()).unwrap_or_default();
    let s = as_int(step).map(|x| x.to_big()).unwrap_or_default();
    Ok(vm.new_int_big(a + s * idx))
}

/// `range[i]` with arbitrary-size indices.
fn range_item_big(vm: &mut Vm, start: &Value, stop: &Value, step: &Value, i: num_bigint::BigInt) -> PyResult<Value> {
    use num_integer::Integer;
    use num_traits::{Signed, Zero};
    let a = as_int(start).map(|x| x.to_big()).unwrap_or_default();
    let b = as_int(stop).map(|x| x.to_big()).unwrap_or_default();
    let s = as_int(step).map(|x| x.to_big()).unwrap_or_else(|| 1.into());
    let n = if s.is_positive() {
        if b > a {
            (&b - &a - 1u32).div_floor(&s) + 1u32
        } else {
            num_bigint::BigInt::zero()
        }
    } else if a > b {
        (&a - &b - 1u32).div_floor(&(-&s)) + 1u32
    } else {
        num_bigint::BigInt::zero()
    };
    let idx = if i.is_negative() { &i + &n } else { i };
    if idx.is_negative() || idx >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_int_big(a + s * idx))
}

/// Length of a range (i64; ranges longer than that raise OverflowError in len()).
pub fn range_len(vm: &mut Vm, start: &Value, stop: &Value, step: &Value) -> PyResult<i64> {
    use num_bigint::BigInt;
    use num_integer::Integer;
    use num_traits::{Signed, ToPrimitive, Zero};
    let a = as_int(start).map(|x| x.to_big()).unwrap_or_default();
    let b = as_int(stop).map(|x| x.to_big()).unwrap_or_default();
    let s = as_int(step).map(|x| x.to_big()).unwrap_or_else(|| BigInt::from(1));
    let n = if s.is_positive() {
        if b > a {
            (&b - &a - 1u32).div_floor(&s) + 1u32
        } else {
            BigInt::zero()
        }
    } else if a > b {
        (&a - &b - 1u32).div_floor(&(-&s)) + 1u32
    } else {
        BigInt::zero()
    };
    n.to_i64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

pub fn setitem(vm: &mut Vm, container: &Value, key: Value, v: Value) -> PyResult<()> {
    if let Value::Obj(o) = container {
        if exact(vm, o) {
            match &o.payload {
                Payload::List(l) => {
                    if let Value::Int(i) = &key {
                        let mut lb = l.borrow_mut();
                        let len = lb.len();
                        return match norm_index(*i, len) {
                            Some(i) => {
                                let old = std::mem::replace(&mut lb[i], v);
                                drop(lb);
                                drop(old);
                                Ok(())
                            }
                            None => {
                                drop(lb);
                                Err(vm.index_error("list assignment index out of range"))
                            }
                        };
                    }
                    return list_setitem_slow(vm, o, l, key, v);
                }
                Payload::Dict(_) => return dictops::dict_setitem(vm, o, key, v),
                _ => {}
            }
        }
    }
    match attr::lookup_special(vm, container, "__setitem__") {
        Some(f) => {
            vm.call(&f, &[container.clone(), key, v])?;
            Ok(())
        }
        None => {
            let tn = vm.type_name(container);
            Err(vm.type_error(format!("'{tn}' object does not support item assignment")))
        }
    }
}

fn list_setitem_slow(vm: &mut Vm, o: &ObjRef, l: &RefCell<Vec<Value>>, key: Value, v: Value) -> PyResult<()> {
    match index_of(vm, &key, "list")? {
        Some(i) => {
            let len = l.borrow().len();
            match norm_index(i, len) {
                Some(i) => {
                    let old = std::mem::replace(&mut l.borrow_mut()[i], v);
                    drop(old);
                    Ok(())
                }
                None => Err(vm.index_error("list assignment index out of range")),
            }
        }
        None => {
            let _ = o;
            let items = if let Value::Obj(vo) = &v {
                if vo.is(o) {
                    l.borrow().clone()
                } else {
                    match to_vec(vm, &v) {
                        Ok(x) => x,
                        Err(_) => return Err(vm.type_error("must assign iterable to extended slice")),
                    }
                }
            } else {
                match to_vec(vm, &v) {
                    Ok(x) => x,
                    Err(_) => return Err(vm.type_error("can only assign an iterable")),
                }
            };
            let Some(s) = key.as_obj() else { return Ok(()) };
            let (a, b, c) = slice_parts(s).unwrap_or((Value::None, Value::None, Value::None));
            let len = l.borrow().len();
            let (start, stop, step) = slice_indices(vm, &a, &b, &c, len)?;
            if step == 1 {
                let stop = stop.max(start);
                let removed: Vec<Value> = l.borrow_mut().splice(start as usize..stop as usize, items).collect();
                drop(removed);
                return Ok(());
            }
            let n = slice_len(start, stop, step);
            if n != items.len() {
                return Err(vm.value_error(format!("attempt to assign sequence of size {} to extended slice of size {}", items.len(), n)));
            }
            let mut i = start;
            let mut old = Vec::new();
            for it in items {
                old.push(std::mem::replace(&mut l.borrow_mut()[i as usize], it));
                i = i.wrapping_add(step);
            }
            drop(old);
            Ok(())
        }
    }
}

pub fn delitem(vm: &mut Vm, container: &Value, key: Value) -> PyResult<()> {
    if let Value::Obj(o) = container {
        if exact(vm, o) {
            match &o.payload {
                Payload::List(l) => {
                    return match index_of(vm, &key, "list")? {
                        Some(i) => {
                            let len = l.borrow().len();
                            match norm_index(i, len) {
                                Some(i) => {
                                    let old = l.borrow_mut().remove(i);
                                    drop(old);
                                    Ok(())
                                }
                                None => Err(vm.index_error("list assignment index out of range")),
                            }
                        }
                        None => {
                            let Some(s) = key.as_obj() else { return Ok(()) };
                            let (a, b, c) = slice_parts(s).unwrap_or((Value::None, Value::None, Value::None));
                            let len = l.borrow().len();
                            let (start, stop, step) = slice_indices(vm, &a, &b, &c, len)?;
                            let n = slice_len(start, stop, step);
                            let mut idx: Vec<usize> = (0..n).map(|k| (start + k as isize * step) as usize).collect();
                            idx.sort_unstable();
                            let mut old = Vec::new();
                            for i in idx.into_iter().rev() {
                                old.push(l.borrow_mut().remove(i));
                            }
                            drop(old);
                            Ok(())
                        }
                    };
                }
                Payload::Dict(_) => {
                    return if dictops::dict_delitem_opt(vm, o, &key)? { Ok(()) } else { Err(vm.key_error(key)) };
                }
                _ => {}
            }
        }
    }
    match attr::lookup_special(vm, container, "__delitem__") {
        Some(f) => {
            vm.call(&f, &[container.clone(), key])?;
            Ok(())
        }
        None => {
            let tn = vm.type_name(container);
            if attr::lookup_special(vm, container, "__getitem__").is_some()
                && !matches!(container, Value::Obj(o) if matches!(o.payload, Payload::MappingProxy(_)))
            {
                Err(vm.type_error(format!("'{tn}' object doesn't support item deletion")))
            } else {
                Err(vm.type_error(format!("'{tn}' object does not support item deletion")))
            }
        }
    }
}

/// `len(v)`.
pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Value::Obj(o) = v {
        if exact(vm, o) {
            match &o.payload {
                Payload::List(l) => return Ok(l.borrow().len()),
                Payload::Tuple(t) => return Ok(t.len()),
                Payload::Str(s) => return Ok(s.char_len()),
                Payload::Dict(d) => return Ok(d.borrow().len()),
                Payload::Set(s) | Payload::FrozenSet(s) => return Ok(s.borrow().len()),
                Payload::Bytes(b) => return Ok(b.len()),
                Payload::ByteArray(b) => return Ok(b.borrow().len()),
                _ => {}
            }
        }
    }
    match attr::lookup_special(vm, v, "__len__") {
        Some(f) => {
            let r = vm.call(&f, &[v.clone()])?;
            crate::protocol::convert::len_result(vm, &r)
        }
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("object of type '{tn}' has no len()")))
        }
    }
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Value::Obj(o) = container {
        if exact(vm, o) {
            match &o.payload {
                Payload::Dict(_) => return dictops::dict_contains(vm, o, item),
                Payload::Set(_) | Payload::FrozenSet(_) => return setops::set_contains(vm, o, item),
                Payload::Str(s) => {
                    return match item {
                        Value::Obj(i) => match &i.payload {
                            Payload::Str(t) => Ok(s.as_str().contains(t.as_str())),
                            _ => {
                                let tn = vm.type_name(item);
                                Err(vm.type_error(format!("'in <string>' requires string as left operand, not {tn}")))
                            }
                        },
                        _ => {
                            let tn = vm.type_name(item);
                            Err(vm.type_error(format!("'in <string>' requires string as left operand, not {tn}")))
                        }
                    };
                }
                Payload::List(l) => {
                    let n = l.borrow().len();
                    for i in 0..n {
                        let x = match l.borrow().get(i) {
                            Some(x) => x.clone(),
                            None => break,
                        };
                        if vm.eq(&x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Payload::Tuple(t) => {
                    for x in t.iter() {
                        if vm.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                _ => {}
            }
        }
    }
    if let Some(f) = attr::lookup_special(vm, container, "__contains__") {
        if f.is_none() {
            let tn = vm.type_name(container);
            return Err(vm.type_error(format!("'{tn}' object is not a container")));
        }
        let r = vm.call(&f, &[container.clone(), item.clone()])?;
        return vm.truthy(&r);
    }
    if !is_iterable(vm, container) {
        let tn = vm.type_name(container);
        return Err(vm.type_error(format!("argument of type '{tn}' is not iterable")));
    }
    let it = get_iter(vm, container)?;
    while let Some(x) = next(vm, &it)? {
        if vm.eq(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn is_iterable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range { .. }
            | Payload::Iter(_) => true,
            Payload::Generator(g) => g.borrow().kind == crate::objects::generator::GenKind::Generator,
            _ => attr::lookup_special(vm, v, "__iter__").map(|x| !x.is_none()).unwrap_or(false) || attr::lookup_special(vm, v, "__getitem__").is_some(),
        },
        _ => false,
    }
}

fn new_iter(vm: &Vm, cls: &ObjRef, data: IterData) -> Value {
    let _ = vm;
    Value::Obj(ObjRef::new(cls.clone(), Payload::Iter(RefCell::new(data))))
}

/// `iter(v)`.
pub fn get_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if exact(vm, o) {
            let t = &vm.types;
            let r = match &o.payload {
                Payload::List(_) => Some(new_iter(vm, &t.list_iterator, IterData::Seq { seq: v.clone(), index: 0 })),
                Payload::Tuple(_) => Some(new_iter(vm, &t.tuple_iterator, IterData::Seq { seq: v.clone(), index: 0 })),
                Payload::Str(s) => {
                    Some(new_iter(vm, if s.is_ascii() { &t.str_ascii_iterator } else { &t.str_iterator }, IterData::Seq { seq: v.clone(), index: 0 }))
                }
                Payload::Bytes(_) => Some(new_iter(vm, &t.bytes_iterator, IterData::Seq { seq: v.clone(), index: 0 })),
                Payload::ByteArray(_) => Some(new_iter(vm, &t.bytearray_iterator, IterData::Seq { seq: v.clone(), index: 0 })),
                Payload::Dict(d) => {
                    let len = d.borrow().len();
                    Some(new_iter(vm, &t.dict_keyiterator, IterData::Dict { dict: v.clone(), pos: 0, len, left: len, kind: 0 }))
                }
                Payload::Set(s) | Payload::FrozenSet(s) => {
                    let len = s.borrow().len();
                    Some(new_iter(vm, &t.set_iterator, IterData::Set { set: v.clone(), pos: 0, len }))
                }
                Payload::Range { start, stop, step } => match (start, stop, step) {
                    (Value::Int(a), Value::Int(b), Value::Int(c)) => Some(new_iter(vm, &t.range_iterator, IterData::Range { cur: *a, stop: *b, step: *c })),
                    _ => Some(new_iter(vm, &t.range_iterator, IterData::BigRange { cur: start.clone(), stop: stop.clone(), step: step.clone() })),
                },
                Payload::Iter(_) => Some(v.clone()),
                Payload::Generator(g) if g.borrow().kind == crate::objects::generator::GenKind::Generator => Some(v.clone()),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(r);
            }
        }
    }
    match attr::lookup_special(vm, v, "__iter__") {
        Some(Value::None) => {}
        Some(f) => {
            let it = vm.call(&f, &[v.clone()])?;
            if attr::lookup_special(vm, &it, "__next__").is_none() {
                let tn = vm.type_name(&it);
                return Err(vm.type_error(format!("iter() returned non-iterator of type '{tn}'")));
            }
            return Ok(it);
        }
        None => {
            if attr::lookup_special(vm, v, "__getitem__").is_some() {
                let t = vm.types.seq_iterator.clone();
                return Ok(new_iter(vm, &t, IterData::GetItem { seq: v.clone(), index: 0 }));
            }
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("'{tn}' object is not iterable")))
}

/// One step of iteration: Some(item) or None when exhausted (no StopIteration object is
/// created for builtin iterators).
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = it {
        match &o.payload {
            Payload::Iter(d) => return crate::protocol::generator::iter_next(vm, o, d),
            // coroutines and async generators have no __next__
            Payload::Generator(g) if g.borrow().kind == crate::objects::generator::GenKind::Generator => {
                return match crate::protocol::generator::resume(vm, o, Value::None, None)? {
                    crate::protocol::generator::GenStep::Yield(v) => Ok(Some(v)),
                    crate::protocol::generator::GenStep::Return(_) => Ok(None),
                };
            }
            _ => {}
        }
    }
    match attr::lookup_special(vm, it, "__next__") {
        Some(f) => match vm.call(&f, &[it.clone()]) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                if is_stop_iteration(vm, &e) {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        },
        None => {
            let tn = vm.type_name(it);
            Err(vm.type_error(format!("'{tn}' object is not an iterator")))
        }
    }
}

pub fn is_stop_iteration(vm: &Vm, e: &PyErr) -> bool {
    e.0.with_class(|c| crate::objects::typeobj::is_subtype(c, &vm.types.stop_iteration))
}

/// `next(it)` raising StopIteration at the end (what `__next__` does).
pub fn next_raw(vm: &mut Vm, it: &Value) -> PyResult<Value> {
    match next(vm, it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

/// Collects any iterable into a vector.
pub fn to_vec(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::List(l) if exact(vm, o) => return Ok(l.borrow().clone()),
            Payload::Tuple(t) if exact(vm, o) => return Ok(t.to_vec()),
            _ => {}
        }
    }
    let it = get_iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}
