//! Special methods shared by bytes and bytearray (concatenation, repetition, `%`, comparisons,
//! length, indexing, iteration, membership, repr) plus bytes' `__hash__`/`__bytes__`.

use super::search::find_bytes;
use super::{buffer_bytes, byte_value, is_bytearray, new_like, this_view, view};
use crate::types::str::argutil::{check_size, no_args, wrapper_args};
use crate::types::str::repeat_count;
use rpy_vm::objects::int::Int;
use rpy_vm::objects::iter::IterData;
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::objects::typeobj::type_data;
use rpy_vm::protocol::convert::{slice_indices, slice_len};
use rpy_vm::protocol::number::as_int;
use rpy_vm::protocol::{attr, repr};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;

/// `b + x` with a non-bytes `x`: bytes has no nb_add in CPython, so `x.__radd__` decides
/// first; otherwise "can't concat int to bytes".
pub fn concat_error(vm: &mut Vm, this_v: &Value, o: &Value) -> PyResult<Value> {
    if let Some(r) = attr::lookup_special(vm, o, "__radd__") {
        let res = vm.call(&r, &[o.clone(), this_v.clone()])?;
        if !vm.is_not_implemented(&res) {
            return Ok(res);
        }
    }
    let (tn, sn) = (vm.type_name(o), vm.type_name(this_v));
    Err(vm.type_error(format!("can't concat {tn} to {sn}")))
}

fn b_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = wrapper_args(vm, &a, "__add__", 1)?[0].clone();
    let Some(other) = buffer_bytes(&o) else { return concat_error(vm, &a.values[0], &o) };
    let mut d = this_view(vm, &a)?.to_vec();
    d.extend_from_slice(&other);
    Ok(new_like(vm, &a.values[0], d))
}

fn b_mul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = wrapper_args(vm, &a, "__mul__", 1)?[0].clone();
    let Some(n) = repeat_count(vm, &n)? else { return Ok(vm.not_implemented()) };
    let d = this_view(vm, &a)?.to_vec();
    check_size(vm, d.len() as u128 * n as u128, "repeated bytes are too long")?;
    if n == 1 {
        if let Value::Obj(o) = &a.values[0] {
            if o.class().is(&vm.types.bytes) {
                return Ok(a.values[0].clone());
            }
        }
    }
    Ok(new_like(vm, &a.values[0], d.repeat(n as usize)))
}

fn b_mod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = wrapper_args(vm, &a, "__mod__", 1)?[0].clone();
    let d = this_view(vm, &a)?.to_vec();
    let out = crate::types::str::percent::format_bytes(vm, &d, &v)?;
    Ok(new_like(vm, &a.values[0], out))
}

fn b_rmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = wrapper_args(vm, &a, "__rmod__", 1)?[0].clone();
    let same_kind = if is_bytearray(&a.values[0]) { is_bytearray(&v) } else { matches!(&v, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_))) };
    if !same_kind {
        return Ok(vm.not_implemented());
    }
    let d = buffer_bytes(&v).unwrap_or_default();
    let out = crate::types::str::percent::format_bytes(vm, &d, &a.values[0])?;
    Ok(new_like(vm, &v, out))
}

fn compare(vm: &mut Vm, a: Args, name: &str, f: fn(&[u8], &[u8]) -> bool) -> PyResult<Value> {
    let o = wrapper_args(vm, &a, name, 1)?[0].clone();
    // bytes compares only with bytes (bytearray's reflected method handles the mix);
    // bytearray compares with any buffer
    if !is_bytearray(&a.values[0]) && crate::types::memoryview::as_memview(&o).is_some() {
        return Ok(vm.not_implemented());
    }
    let (Some(x), Some(y)) = (view(&a.values[0]), view(&o)) else { return Ok(vm.not_implemented()) };
    Ok(Value::Bool(f(&x, &y)))
}

fn b_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__eq__", |x, y| x == y)
}
fn b_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__ne__", |x, y| x != y)
}
fn b_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__lt__", |x, y| x < y)
}
fn b_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__le__", |x, y| x <= y)
}
fn b_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__gt__", |x, y| x > y)
}
fn b_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__ge__", |x, y| x >= y)
}

fn b_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrapper_args(vm, &a, "__len__", 0)?;
    Ok(Value::Int(this_view(vm, &a)?.len() as i64))
}

/// `b[key]` for bytes/bytearray (int index or slice).
pub fn getitem(vm: &mut Vm, this_v: &Value, key: &Value) -> PyResult<Value> {
    let ba = is_bytearray(this_v);
    if let Value::Obj(k) = key {
        if let Payload::Slice { start, stop, step } = &k.payload {
            let (x, y, z) = (start.clone(), stop.clone(), step.clone());
            let len = view(this_v).map(|d| d.len()).unwrap_or(0);
            let (start, stop, step) = slice_indices(vm, &x, &y, &z, len)?;
            let n = slice_len(start, stop, step);
            let out: Vec<u8> = {
                let d = view(this_v).ok_or_else(|| vm.type_error("bytes expected"))?;
                let mut out = Vec::with_capacity(n);
                let mut i = start;
                for _ in 0..n {
                    if let Some(b) = d.get(i as usize) {
                        out.push(*b);
                    }
                    i = i.wrapping_add(step);
                }
                out
            };
            return Ok(new_like(vm, this_v, out));
        }
    }
    let i = match as_int(key) {
        Some(i) => i,
        None => {
            if attr::lookup_special(vm, key, "__index__").is_none() {
                let tn = vm.type_name(key);
                let what = if ba { "bytearray" } else { "byte" };
                return Err(vm.type_error(format!("{what} indices must be integers or slices, not {tn}")));
            }
            vm.to_index(key)?
        }
    };
    let i = match i {
        Int::Small(i) => i,
        Int::Big(_) => {
            let tn = vm.type_name(key);
            let t = vm.types.index_error.clone();
            return Err(vm.new_error(&t, format!("cannot fit '{tn}' into an index-sized integer")));
        }
    };
    let r = {
        let d = view(this_v).ok_or_else(|| vm.type_error("bytes expected"))?;
        let len = d.len() as i64;
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            None
        } else {
            Some(d[j as usize])
        }
    };
    match r {
        Some(b) => Ok(Value::Int(b as i64)),
        None => Err(vm.index_error(if ba { "bytearray index out of range" } else { "index out of range" })),
    }
}

fn b_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let key = wrapper_args(vm, &a, "__getitem__", 1)?[0].clone();
    getitem(vm, &a.values[0], &key)
}

fn b_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrapper_args(vm, &a, "__iter__", 0)?;
    let cls = if is_bytearray(&a.values[0]) { vm.types.bytearray_iterator.clone() } else { vm.types.bytes_iterator.clone() };
    Ok(Value::Obj(ObjRef::new(cls, Payload::Iter(RefCell::new(IterData::Seq { seq: a.values[0].clone(), index: 0 })))))
}

fn b_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let item = wrapper_args(vm, &a, "__contains__", 1)?[0].clone();
    if as_int(&item).is_some() || attr::lookup_special(vm, &item, "__index__").is_some() {
        let b = byte_value(vm, &item)?;
        let d = this_view(vm, &a)?;
        return Ok(Value::Bool(d.contains(&b)));
    }
    match super::simple_arg(vm, &item)? {
        Some(sub) => {
            let d = this_view(vm, &a)?;
            Ok(Value::Bool(find_bytes(&d, &sub).is_some()))
        }
        None => {
            let tn = vm.type_name(&item);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

fn b_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrapper_args(vm, &a, "__repr__", 0)?;
    let d = this_view(vm, &a)?.to_vec();
    let s = repr::repr_bytes(&d, "b");
    if is_bytearray(&a.values[0]) {
        let cls = vm.type_of(&a.values[0]);
        let name = type_data(&cls).name.borrow().clone();
        return Ok(vm.new_string(format!("{name}({s})")));
    }
    Ok(vm.new_string(s))
}

fn b_sizeof(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "__sizeof__")?;
    let n = this_view(vm, &a)?.len() as i64;
    if is_bytearray(&a.values[0]) {
        return Ok(Value::Int(56 + if n > 0 { n + 1 } else { 0 }));
    }
    Ok(Value::Int(33 + n))
}

fn b_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrapper_args(vm, &a, "__hash__", 0)?;
    let d = this_view(vm, &a)?;
    Ok(Value::Int(rpy_vm::objects::hash::siphash13(&d)))
}

fn b_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "bytes.__bytes__")?;
    if let Value::Obj(o) = &a.values[0] {
        if o.class().is(&vm.types.bytes) {
            return Ok(a.values[0].clone());
        }
    }
    let d = this_view(vm, &a)?.to_vec();
    Ok(vm.new_bytes(d))
}

fn b_getnewargs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "bytes.__getnewargs__")?;
    let d = this_view(vm, &a)?.to_vec();
    let b = vm.new_bytes(d);
    Ok(vm.new_tuple(vec![b]))
}

pub static METHODS: &[MethodDef] = &[
    MethodDef { name: "__add__", func: b_add, flags: 0, sig: "($self, value, /)", doc: "Return self+value." },
    MethodDef { name: "__mul__", func: b_mul, flags: 0, sig: "($self, value, /)", doc: "Return self*value." },
    MethodDef { name: "__rmul__", func: b_mul, flags: 0, sig: "($self, value, /)", doc: "Return value*self." },
    MethodDef { name: "__mod__", func: b_mod, flags: 0, sig: "($self, value, /)", doc: "Return self%value." },
    MethodDef { name: "__rmod__", func: b_rmod, flags: 0, sig: "($self, value, /)", doc: "Return value%self." },
    MethodDef { name: "__eq__", func: b_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: b_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__lt__", func: b_lt, flags: 0, sig: "($self, value, /)", doc: "Return self<value." },
    MethodDef { name: "__le__", func: b_le, flags: 0, sig: "($self, value, /)", doc: "Return self<=value." },
    MethodDef { name: "__gt__", func: b_gt, flags: 0, sig: "($self, value, /)", doc: "Return self>value." },
    MethodDef { name: "__ge__", func: b_ge, flags: 0, sig: "($self, value, /)", doc: "Return self>=value." },
    MethodDef { name: "__len__", func: b_len, flags: 0, sig: "($self, /)", doc: "Return len(self)." },
    MethodDef { name: "__getitem__", func: b_getitem, flags: 0, sig: "($self, key, /)", doc: "Return self[key]." },
    MethodDef { name: "__iter__", func: b_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__contains__", func: b_contains, flags: 0, sig: "($self, key, /)", doc: "Return key in self." },
    MethodDef { name: "__repr__", func: b_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__str__", func: b_repr, flags: 0, sig: "($self, /)", doc: "Return str(self)." },
    MethodDef { name: "__sizeof__", func: b_sizeof, flags: 0, sig: "($self, /)", doc: "Size of object in memory, in bytes." },
];

/// Methods only bytes has.
pub static BYTES: &[MethodDef] = &[
    MethodDef { name: "__hash__", func: b_hash, flags: 0, sig: "($self, /)", doc: "Return hash(self)." },
    MethodDef { name: "__bytes__", func: b_bytes, flags: 0, sig: "($self, /)", doc: "Convert this value to exact type bytes." },
    MethodDef { name: "__getnewargs__", func: b_getnewargs, flags: 0, sig: "", doc: "" },
];
