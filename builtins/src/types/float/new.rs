//! `float(x=0.0)`: `float.__new__` and conversion of any object to a float (`PyNumber_Float`:
//! `__float__`, `__index__`, str/bytes literals) with CPython's errors.

use crate::types::int::int_to_f64;
use crate::types::object;
use rpy_vm::objects::native::Args;
use rpy_vm::protocol::attr::lookup_special;
use rpy_vm::protocol::number::{as_float, as_int};
use rpy_vm::protocol::repr;
use rpy_vm::{Payload, PyResult, Value, Vm};

/// `float.__new__(cls, x=0.0, /)`.
pub fn float_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let float_t = vm.types.float.clone();
    let cls = object::new_cls(vm, &a, &float_t, "float")?;
    // keywords are left to a subclass's own __init__ (CPython checks tp_init)
    if a.has_kwargs() {
        let init = rpy_vm::protocol::attr::type_lookup_str(&cls, "__init__");
        let object_init = rpy_vm::protocol::attr::type_lookup_str(&vm.types.object, "__init__");
        let inherited = match (&init, &object_init) {
            (Some(i), Some(o)) => i.is(o),
            _ => true,
        };
        if cls.is(&float_t) || inherited {
            return Err(vm.type_error("float() takes no keyword arguments"));
        }
    }
    let n = a.len() - 1;
    if n > 1 {
        return Err(vm.type_error(format!("float expected at most 1 argument, got {n}")));
    }
    let f = match a.values.get(1) {
        Some(x) => to_float(vm, x)?,
        None => 0.0,
    };
    if cls.is(&float_t) {
        return Ok(vm.new_float(f));
    }
    Ok(Value::Obj(object::alloc(vm, &cls, Payload::Float(f))))
}

/// `float(x)` for one argument.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) if o.class().is(&vm.types.str) => {
                let s = s.as_str().to_string();
                return from_str(vm, x, &s);
            }
            Payload::Int(_) if o.class().is(&vm.types.int) => {
                let i = as_int(x).unwrap_or(rpy_vm::objects::int::Int::Small(0));
                return int_to_f64(vm, &i);
            }
            _ => {}
        },
        Value::None => {}
    }
    number_to_float(vm, x)?.map_or_else(|| literal_to_float(vm, x), Ok)
}

/// `PyNumber_Float` without the string fallback: `__float__`, then `__index__`; None when
/// `x` has neither.
pub fn number_to_float(vm: &mut Vm, x: &Value) -> PyResult<Option<f64>> {
    if let Value::Float(f) = x {
        return Ok(Some(*f));
    }
    if let Some(f) = lookup_special(vm, x, "__float__") {
        let r = vm.call(&f, &[x.clone()])?;
        return match as_float(&r) {
            Some(v) => Ok(Some(v)),
            None => {
                let (tn, rn) = (vm.type_name(x), vm.type_name(&r));
                Err(vm.type_error(format!("{tn}.__float__ returned non-float (type {rn})")))
            }
        };
    }
    if lookup_special(vm, x, "__index__").is_some() {
        let i = vm.to_index(x)?;
        return Ok(Some(int_to_f64(vm, &i)?));
    }
    Ok(as_float(x))
}

/// `PyFloat_FromString`: str, bytes and bytearray literals.
fn literal_to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    if let Value::Obj(o) = x {
        match &o.payload {
            Payload::Str(s) => {
                let s = s.as_str().to_string();
                return from_str(vm, x, &s);
            }
            Payload::Bytes(b) => {
                let b = b.to_vec();
                return from_bytes(vm, x, &b);
            }
            Payload::ByteArray(b) => {
                let b = b.borrow().clone();
                return from_bytes(vm, x, &b);
            }
            _ => {}
        }
    }
    // any other buffer (memoryview) that can be exported
    if let Ok(Some(b)) = crate::types::bytes::simple_arg(vm, x) {
        return from_bytes(vm, x, &b);
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!("float() argument must be a string or a real number, not '{tn}'")))
}

fn cannot_convert(vm: &mut Vm, orig: &Value) -> rpy_vm::PyErr {
    match repr::repr(vm, orig) {
        Ok(r) => vm.value_error(format!("could not convert string to float: {r}")),
        Err(e) => e,
    }
}

/// `float(s)` for a str `orig` with contents `s`.
pub fn from_str(vm: &mut Vm, orig: &Value, s: &str) -> PyResult<f64> {
    match rpy_vm::format::parse_float(s) {
        Some(f) => Ok(f),
        None => Err(cannot_convert(vm, orig)),
    }
}

/// `float(b)` for bytes-like contents: ASCII only, C whitespace only.
fn from_bytes(vm: &mut Vm, orig: &Value, b: &[u8]) -> PyResult<f64> {
    // non-ASCII bytes are never part of a literal (the str parser would read them as Latin-1)
    if b.is_ascii() {
        if let Some(f) = rpy_vm::format::parse_float(&String::from_utf8_lossy(b)) {
            return Ok(f);
        }
    }
    Err(cannot_convert(vm, orig))
}
