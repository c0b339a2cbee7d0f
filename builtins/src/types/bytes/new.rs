//! Constructing bytes and bytearray: `bytes(...)`, `bytearray(...)` (`__init__`), and the
//! `fromhex` class methods.

use super::buffer_bytes;
use crate::types::object;
use crate::types::str::argutil::{bind_kw, check_size, one_arg, opt_str_arg};
use crate::types::str::as_pystr;
use crate::types::str::codec;
use rpy_vm::objects::int::Int;
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::protocol::number::as_int;
use rpy_vm::protocol::{attr, seq};
use rpy_vm::{Payload, PyResult, Value, Vm};
use std::cell::RefCell;

/// One item of an iterable given to bytes()/bytearray(): an index in range(0, 256).
fn byte_of(vm: &mut Vm, v: &Value, what: &str) -> PyResult<u8> {
    match vm.to_index(v)? {
        Int::Small(n) if (0..256).contains(&n) => Ok(n as u8),
        _ => Err(vm.value_error(format!("{what} must be in range(0, 256)"))),
    }
}

/// The integers of an iterable as bytes ("bytes must be in range(0, 256)"), each converted as
/// it is reached (a list is read at its current length, as `__index__` may change it).
fn from_iterable(vm: &mut Vm, x: &Value, what: &str) -> PyResult<Option<Vec<u8>>> {
    let mut out = Vec::new();
    match x {
        Value::Obj(o) if matches!(o.payload, Payload::List(_)) => {
            let Payload::List(l) = &o.payload else { return Ok(None) };
            let mut i = 0;
            loop {
                let item = l.borrow().get(i).cloned();
                let Some(item) = item else { break };
                out.push(byte_of(vm, &item, what)?);
                i += 1;
            }
        }
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => {
            let items = seq::to_vec(vm, x)?;
            out.reserve(items.len());
            for item in &items {
                out.push(byte_of(vm, item, what)?);
            }
        }
        _ => {
            if as_pystr(x).is_some() {
                return Ok(None);
            }
            let it = match seq::get_iter(vm, x) {
                Ok(it) => it,
                Err(e) => {
                    let te = vm.types.type_error.clone();
                    if e.0.with_class(|c| rpy_vm::objects::typeobj::is_subtype(c, &te)) {
                        return Ok(None);
                    }
                    return Err(e);
                }
            };
            while let Some(v) = seq::next(vm, &it)? {
                out.push(byte_of(vm, &v, what)?);
            }
        }
    }
    Ok(Some(out))
}

/// An int argument as a byte count; None when `x` is not an integer.
fn count_of(vm: &mut Vm, x: &Value) -> PyResult<Option<usize>> {
    if as_int(x).is_none() && attr::lookup_special(vm, x, "__index__").is_none() {
        return Ok(None);
    }
    let n = match vm.to_index(x) {
        Ok(Int::Small(n)) => n,
        Ok(Int::Big(_)) => {
            let tn = vm.type_name(x);
            return Err(vm.overflow_error(format!("cannot fit '{tn}' into an index-sized integer")));
        }
        Err(e) => {
            let te = vm.types.type_error.clone();
            if e.0.with_class(|c| rpy_vm::objects::typeobj::is_subtype(c, &te)) {
                return Ok(None);
            }
            return Err(e);
        }
    };
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    check_size(vm, n as u128, "byte string is too long")?;
    Ok(Some(n as usize))
}

fn bytes_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let bytes_t = vm.types.bytes.clone();
    let cls = object::new_cls(vm, &a, &bytes_t, "bytes")?;
    let b = bind_kw(vm, &a, 1, "bytes", &["source", "encoding", "errors"], 0)?;
    let enc = opt_str_arg(vm, b[1].as_ref(), "bytes", "encoding")?;
    let err = opt_str_arg(vm, b[2].as_ref(), "bytes", "errors")?;
    let data: Vec<u8> = match &b[0] {
        None => {
            if enc.is_some() || err.is_some() {
                return Err(vm.type_error(if enc.is_some() { "encoding without a string argument" } else { "errors without a string argument" }));
            }
            Vec::new()
        }
        Some(x) => {
            if let Some(enc) = &enc {
                let Some(s) = as_pystr(x) else { return Err(vm.type_error("encoding without a string argument")) };
                let s = s.as_str().to_string();
                codec::encode(vm, &s, enc, err.as_deref().unwrap_or("strict"))?
            } else if err.is_some() {
                return Err(vm.type_error(if as_pystr(x).is_some() { "string argument without an encoding" } else { "errors without a string argument" }));
            } else if let Some(f) = attr::lookup_special(vm, x, "__bytes__") {
                let r = vm.call(&f, &[x.clone()])?;
                match &r {
                    Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)) => {
                        if cls.is(&bytes_t) {
                            return Ok(r);
                        }
                        buffer_bytes(&r).unwrap_or_default()
                    }
                    _ => {
                        let tn = vm.type_name(&r);
                        return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")));
                    }
                }
            } else if as_pystr(x).is_some() {
                return Err(vm.type_error("string argument without an encoding"));
            } else if let Some(n) = count_of(vm, x)? {
                vec![0u8; n]
            } else if let Some(d) = super::full_bytes(vm, x)? {
                d
            } else {
                match from_iterable(vm, x, "bytes")? {
                    Some(d) => d,
                    None => {
                        let tn = vm.type_name(x);
                        return Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")));
                    }
                }
            }
        }
    };
    if cls.is(&bytes_t) {
        return Ok(vm.new_bytes(data));
    }
    Ok(Value::Obj(object::alloc(vm, &cls, Payload::Bytes(data.into_boxed_slice()))))
}

fn bytearray_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ba_t = vm.types.bytearray.clone();
    let cls = object::new_cls(vm, &a, &ba_t, "bytearray")?;
    Ok(Value::Obj(object::alloc(vm, &cls, Payload::ByteArray(RefCell::new(Vec::new())))))
}

/// Replaces a bytearray's data (refused while memoryviews of it exist and the size changes).
fn set_data(vm: &mut Vm, this_v: &Value, data: Vec<u8>) -> PyResult<()> {
    if let Value::Obj(o) = this_v {
        if let Payload::ByteArray(cell) = &o.payload {
            let old = cell.borrow().len();
            super::check_resize(vm, this_v, old, data.len())?;
            *cell.borrow_mut() = data;
        }
    }
    Ok(())
}

fn bytearray_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this_v = a.values[0].clone();
    let b = bind_kw(vm, &a, 1, "bytearray", &["source", "encoding", "errors"], 0)?;
    let enc = opt_str_arg(vm, b[1].as_ref(), "bytearray", "encoding")?;
    let err = opt_str_arg(vm, b[2].as_ref(), "bytearray", "errors")?;
    set_data(vm, &this_v, Vec::new())?;
    let Some(x) = &b[0] else {
        if enc.is_some() || err.is_some() {
            return Err(vm.type_error(if enc.is_some() { "encoding without a string argument" } else { "errors without a string argument" }));
        }
        return Ok(Value::None);
    };
    if let Some(s) = as_pystr(x) {
        let Some(enc) = enc else { return Err(vm.type_error("string argument without an encoding")) };
        let s = s.as_str().to_string();
        let d = codec::encode(vm, &s, &enc, err.as_deref().unwrap_or("strict"))?;
        set_data(vm, &this_v, d)?;
        return Ok(Value::None);
    }
    if enc.is_some() || err.is_some() {
        return Err(vm.type_error(if enc.is_some() { "encoding without a string argument" } else { "errors without a string argument" }));
    }
    let d = if let Some(n) = count_of(vm, x)? {
        vec![0u8; n]
    } else if let Some(d) = super::full_bytes(vm, x)? {
        d
    } else {
        match from_iterable(vm, x, "byte")? {
            Some(d) => d,
            None => {
                let tn = vm.type_name(x);
                return Err(vm.type_error(format!("cannot convert '{tn}' object to bytearray")));
            }
        }
    };
    set_data(vm, &this_v, d)?;
    Ok(Value::None)
}

/// Parses the argument of `fromhex` (CPython's `_PyBytes_FromHex`).
fn parse_hex(vm: &mut Vm, s: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let hexval = |c: char| c.to_digit(16).filter(|_| c.is_ascii());
    let is_sp = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}');
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if is_sp(chars[i]) {
            while i < chars.len() && is_sp(chars[i]) {
                i += 1;
            }
            if i >= chars.len() {
                break;
            }
        }
        let Some(top) = hexval(chars[i]) else { return Err(bad_hex(vm, i)) };
        i += 1;
        let Some(bot) = chars.get(i).and_then(|&c| hexval(c)) else { return Err(bad_hex(vm, i)) };
        i += 1;
        out.push((top * 16 + bot) as u8);
    }
    Ok(out)
}

fn bad_hex(vm: &mut Vm, pos: usize) -> rpy_vm::PyErr {
    vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}"))
}

fn fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = match &a.values[0] {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => return Err(vm.type_error("fromhex() requires a type")),
    };
    let ba = rpy_vm::objects::typeobj::is_subtype(&cls, &vm.types.bytearray);
    let qual = if ba { "bytearray.fromhex" } else { "bytes.fromhex" };
    let s = one_arg(vm, &a, qual)?;
    let Some(s) = as_pystr(&s) else {
        let tn = crate::types::str::argutil::clinic_type_name(vm, &s);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
    };
    let d = parse_hex(vm, s.as_str())?;
    let r = if ba { vm.new_bytearray(d) } else { vm.new_bytes(d) };
    if cls.is(&vm.types.bytes) || cls.is(&vm.types.bytearray) {
        return Ok(r);
    }
    vm.call(&Value::Obj(cls), &[r])
}

/// Methods both types have.
pub static SHARED: &[MethodDef] = &[MethodDef { name: "fromhex", func: fromhex, flags: mflags::CLASS, sig: "($type, string, /)", doc: "Create a bytes object from a string of hexadecimal numbers.\n\nSpaces between two numbers are accepted.\nExample: bytes.fromhex('B9 01EF') -> b'\\\\xb9\\\\x01\\\\xef'." }];

pub static BYTES: &[MethodDef] = &[MethodDef {
    name: "__new__",
    func: bytes_new,
    flags: mflags::STATIC,
    sig: "($type, *args, **kwargs)",
    doc: "Create and return a new object.  See help(type) for accurate signature.",
}];

pub static BYTEARRAY: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: bytearray_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef {
        name: "__init__",
        func: bytearray_init,
        flags: 0,
        sig: "($self, /, *args, **kwargs)",
        doc: "Initialize self.  See help(type(self)) for accurate signature.",
    },
];
