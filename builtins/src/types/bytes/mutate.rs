//! bytearray's mutating methods: append extend pop remove insert clear copy reverse,
//! `__setitem__`, `__delitem__`, `__iadd__`, `__imul__`, `__alloc__`.

use super::{buffer_bytes, byte_value, check_resize};
use crate::types::str::argutil::{check_size, clinic_pos, no_args, one_arg, ssize, wrapper_args};
use crate::types::str::{as_pystr, repeat_count};
use rpy_vm::objects::int::Int;
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::protocol::convert::{slice_indices, slice_len};
use rpy_vm::protocol::number::{as_complex, as_float, as_int};
use rpy_vm::protocol::{attr, seq};
use rpy_vm::{Payload, PyResult, Value, Vm};
use std::cell::RefCell;

fn cell<'a>(vm: &mut Vm, a: &Args<'a>) -> PyResult<&'a RefCell<Vec<u8>>> {
    match a.values.first() {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::ByteArray(c) => Ok(c),
            _ => Err(vm.type_error("descriptor requires a 'bytearray' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'bytearray' object")),
    }
}

fn ba_append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = cell(vm, &a)?;
    let v = one_arg(vm, &a, "bytearray.append")?;
    let b = byte_value(vm, &v)?;
    let n = c.borrow().len();
    check_resize(vm, &a.values[0], n, n + 1)?;
    c.borrow_mut().push(b);
    Ok(Value::None)
}

/// The bytes an iterable of ints (or a bytes-like object) contributes.
fn ints_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = buffer_bytes(v) {
        return Ok(d);
    }
    if crate::types::memoryview::as_memview(v).is_some() {
        // a released or non-contiguous view
        return Err(vm.type_error("can't set bytearray slice from memoryview"));
    }
    let it = match seq::get_iter(vm, v) {
        Ok(it) => it,
        Err(e) => {
            let te = vm.types.type_error.clone();
            if e.0.with_class(|c| rpy_vm::objects::typeobj::is_subtype(c, &te)) {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("can't extend bytearray with {tn}")));
            }
            return Err(e);
        }
    };
    let mut out = Vec::new();
    while let Some(x) = seq::next(vm, &it)? {
        out.push(byte_value(vm, &x)?);
    }
    Ok(out)
}

fn ba_extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = cell(vm, &a)?;
    let v = one_arg(vm, &a, "bytearray.extend")?;
    let d = ints_of(vm, &v)?;
    let n = c.borrow().len();
    check_resize(vm, &a.values[0], n, n + d.len())?;
    c.borrow_mut().extend_from_slice(&d);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = cell(vm, &a)?;
    let r = clinic_pos(vm, &a, "bytearray.pop", "pop", 0, 1)?;
    let idx = match r.first() {
        Some(v) => ssize(vm, v)?,
        None => -1,
    };
    let len = c.borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = if idx < 0 { idx + len } else { idx };
    if i < 0 || i >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    check_resize(vm, &a.values[0], len as usize, len as usize - 1)?;
    let b = c.borrow_mut().remove(i as usize);
    Ok(Value::Int(b as i64))
}

fn ba_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = cell(vm, &a)?;
    let v = one_arg(vm, &a, "bytearray.remove")?;
    let b = byte_value(vm, &v)?;
    let pos = c.borrow().iter().position(|&x| x == b);
    match pos {
        Some(p) => {
            let n = c.borrow().len();
            check_resize(vm, &a.values[0], n, n - 1)?;
            c.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = cell(vm, &a)?;
    let r = clinic_pos(vm, &a, "bytearray.insert", "insert", 2, 2)?;
    let idx = ssize(vm, &r[0])?;
    let b = byte_value(vm, &r[1])?;
    let len = c.borrow().len() as i64;
    let i = if idx < 0 { (idx + len).max(0) } else { idx.min(len) };
    check_resize(vm, &a.values[0], len as usize, len as usize + 1)?;
    c.borrow_mut().insert(i as usize, b);
    Ok(Value::None)
}

fn ba_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = cell(vm, &a)?;
    no_args(vm, &a, "bytearray.clear")?;
    let n = c.borrow().len();
    check_resize(vm, &a.values[0], n, 0)?;
    c.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = cell(vm, &a)?;
    no_args(vm, &a, "bytearray.copy")?;
    let d = c.borrow().clone();
    Ok(vm.new_bytearray(d))
}

fn ba_reverse(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = cell(vm, &a)?;
    no_args(vm, &a, "bytearray.reverse")?;
    c.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_alloc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = cell(vm, &a)?;
    no_args(vm, &a, "bytearray.__alloc__")?;
    let n = c.borrow().len() as i64;
    Ok(Value::Int(if n > 0 { n + 1 } else { 0 }))
}

/// The index of a bytearray subscript; None for a slice.
fn index_key(vm: &mut Vm, key: &Value) -> PyResult<Option<i64>> {
    if let Value::Obj(k) = key {
        if matches!(k.payload, Payload::Slice { .. }) {
            return Ok(None);
        }
    }
    let i = match as_int(key) {
        Some(i) => i,
        None => {
            if attr::lookup_special(vm, key, "__index__").is_none() {
                let tn = vm.type_name(key);
                return Err(vm.type_error(format!("bytearray indices must be integers or slices, not {tn}")));
            }
            vm.to_index(key)?
        }
    };
    match i {
        Int::Small(i) => Ok(Some(i)),
        Int::Big(_) => {
            let tn = vm.type_name(key);
            let t = vm.types.index_error.clone();
            Err(vm.new_error(&t, format!("cannot fit '{tn}' into an index-sized integer")))
        }
    }
}

fn slice_of(vm: &mut Vm, key: &Value, len: usize) -> PyResult<(isize, isize, isize)> {
    let (x, y, z) = match key {
        Value::Obj(k) => match &k.payload {
            Payload::Slice { start, stop, step } => (start.clone(), stop.clone(), step.clone()),
            _ => (Value::None, Value::None, Value::None),
        },
        _ => (Value::None, Value::None, Value::None),
    };
    slice_indices(vm, &x, &y, &z, len)
}

/// Removes the positions of a resolved slice.
fn delete_slice(d: &mut Vec<u8>, start: isize, stop: isize, step: isize) {
    let n = slice_len(start, stop, step);
    if n == 0 {
        return;
    }
    if step == 1 {
        let (a, b) = (start.max(0) as usize, (stop as usize).min(d.len()));
        if a < b {
            d.drain(a..b);
        }
        return;
    }
    let mut idx: Vec<usize> = (0..n).map(|k| (start + k as isize * step) as usize).filter(|&i| i < d.len()).collect();
    idx.sort_unstable();
    let mut keep = vec![true; d.len()];
    for i in idx {
        keep[i] = false;
    }
    let mut k = keep.iter();
    d.retain(|_| *k.next().unwrap_or(&true));
}

fn ba_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = cell(vm, &a)?;
    let r = wrapper_args(vm, &a, "__setitem__", 2)?;
    let (key, value) = (r[0].clone(), r[1].clone());
    match index_key(vm, &key)? {
        Some(i) => {
            let b = byte_value(vm, &value)?;
            let mut d = c.borrow_mut();
            let len = d.len() as i64;
            let j = if i < 0 { i + len } else { i };
            if j < 0 || j >= len {
                drop(d);
                return Err(vm.index_error("bytearray index out of range"));
            }
            d[j as usize] = b;
            Ok(Value::None)
        }
        None => {
            let data = match super::full_bytes(vm, &value)? {
                Some(d) => d,
                None => {
                    let numberish = as_int(&value).is_some()
                        || as_float(&value).is_some()
                        || as_complex(&value).is_some()
                        || ["__index__", "__int__", "__float__"].iter().any(|n| attr::lookup_special(vm, &value, n).is_some());
                    if numberish || as_pystr(&value).is_some() {
                        return Err(vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
                    }
                    let ba_t = Value::Obj(vm.types.bytearray.clone());
                    let tmp = vm.call(&ba_t, &[value.clone()])?;
                    buffer_bytes(&tmp).unwrap_or_default()
                }
            };
            let len = c.borrow().len();
            let (start, stop, step) = slice_of(vm, &key, len)?;
            if step == 1 {
                let len = c.borrow().len() as isize;
                let a0 = start.clamp(0, len) as usize;
                let b0 = stop.clamp(a0 as isize, len) as usize;
                check_resize(vm, &a.values[0], len as usize, len as usize - (b0 - a0) + data.len())?;
                c.borrow_mut().splice(a0..b0, data);
                return Ok(Value::None);
            }
            let n = slice_len(start, stop, step);
            if data.is_empty() {
                // an extended slice assigned nothing is deleted
                let len = c.borrow().len();
                check_resize(vm, &a.values[0], len, len - n.min(len))?;
                delete_slice(&mut c.borrow_mut(), start, stop, step);
                return Ok(Value::None);
            }
            let mut d = c.borrow_mut();
            let len = d.len() as isize;
            if n != data.len() {
                drop(d);
                return Err(vm.value_error(format!("attempt to assign bytes of size {} to extended slice of size {n}", data.len())));
            }
            let mut i = start;
            for b in data {
                if i >= 0 && i < len {
                    d[i as usize] = b;
                }
                i = i.wrapping_add(step);
            }
            Ok(Value::None)
        }
    }
}

fn ba_delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = cell(vm, &a)?;
    let key = wrapper_args(vm, &a, "__delitem__", 1)?[0].clone();
    match index_key(vm, &key)? {
        Some(i) => {
            let len = c.borrow().len() as i64;
            let j = if i < 0 { i + len } else { i };
            if j < 0 || j >= len {
                return Err(vm.index_error("bytearray index out of range"));
            }
            check_resize(vm, &a.values[0], len as usize, len as usize - 1)?;
            c.borrow_mut().remove(j as usize);
            Ok(Value::None)
        }
        None => {
            let len = c.borrow().len();
            let (start, stop, step) = slice_of(vm, &key, len)?;
            let n = slice_len(start, stop, step);
            check_resize(vm, &a.values[0], len, len - n.min(len))?;
            delete_slice(&mut c.borrow_mut(), start, stop, step);
            Ok(Value::None)
        }
    }
}

fn ba_iadd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = cell(vm, &a)?;
    let o = wrapper_args(vm, &a, "__iadd__", 1)?[0].clone();
    let Some(d) = buffer_bytes(&o) else { return super::dunder::concat_error(vm, &a.values[0], &o) };
    let n = c.borrow().len();
    check_resize(vm, &a.values[0], n, n + d.len())?;
    c.borrow_mut().extend_from_slice(&d);
    Ok(a.values[0].clone())
}

fn ba_imul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = cell(vm, &a)?;
    let n = wrapper_args(vm, &a, "__imul__", 1)?[0].clone();
    let Some(n) = repeat_count(vm, &n)? else { return Ok(vm.not_implemented()) };
    let len = c.borrow().len();
    check_size(vm, len as u128 * n as u128, "repeated bytes are too long")?;
    check_resize(vm, &a.values[0], len, len * n as usize)?;
    let d = c.borrow().repeat(n as usize);
    *c.borrow_mut() = d;
    Ok(a.values[0].clone())
}

pub static METHODS: &[MethodDef] = &[
    MethodDef { name: "append", func: ba_append, flags: 0, sig: "($self, item, /)", doc: "Append a single item to the end of the bytearray.\n\n  item\n    The item to be appended." },
    MethodDef { name: "extend", func: ba_extend, flags: 0, sig: "($self, iterable_of_ints, /)", doc: "Append all the items from the iterator or sequence to the end of the bytearray.\n\n  iterable_of_ints\n    The iterable of items to append." },
    MethodDef { name: "pop", func: ba_pop, flags: 0, sig: "($self, index=-1, /)", doc: "Remove and return a single item from B.\n\n  index\n    The index from where to remove the item.\n    -1 (the default value) means remove the last item.\n\nIf no index argument is given, will pop the last item." },
    MethodDef { name: "remove", func: ba_remove, flags: 0, sig: "($self, value, /)", doc: "Remove the first occurrence of a value in the bytearray.\n\n  value\n    The value to remove." },
    MethodDef { name: "insert", func: ba_insert, flags: 0, sig: "($self, index, item, /)", doc: "Insert a single item into the bytearray before the given index.\n\n  index\n    The index where the value is to be inserted.\n  item\n    The item to be inserted." },
    MethodDef { name: "clear", func: ba_clear, flags: 0, sig: "($self, /)", doc: "Remove all items from the bytearray." },
    MethodDef { name: "copy", func: ba_copy, flags: 0, sig: "($self, /)", doc: "Return a copy of B." },
    MethodDef { name: "reverse", func: ba_reverse, flags: 0, sig: "($self, /)", doc: "Reverse the order of the values in B in place." },
    MethodDef { name: "__alloc__", func: ba_alloc, flags: 0, sig: "", doc: "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated." },
    MethodDef { name: "__setitem__", func: ba_setitem, flags: 0, sig: "($self, key, value, /)", doc: "Set self[key] to value." },
    MethodDef { name: "__delitem__", func: ba_delitem, flags: 0, sig: "($self, key, /)", doc: "Delete self[key]." },
    MethodDef { name: "__iadd__", func: ba_iadd, flags: 0, sig: "($self, value, /)", doc: "Implement self+=value." },
    MethodDef { name: "__imul__", func: ba_imul, flags: 0, sig: "($self, value, /)", doc: "Implement self*=value." },
];
