//! `complex(real=0, imag=0)`: `complex.__new__`, string parsing (`"1+2j"`, `"(1-j)"`, `"infj"`)
//! and conversion of numbers via `__complex__`, `__float__` and `__index__`.

use crate::args::{self, Spec};
use crate::types::float::new::number_to_float;
use crate::types::float::text::{ascii_number_text, is_c_space, parse_float_prefix};
use crate::types::object;
use rpy_vm::objects::native::Args;
use rpy_vm::protocol::attr::lookup_special;
use rpy_vm::protocol::number::as_complex;
use rpy_vm::protocol::repr;
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

fn make(vm: &mut Vm, cls: &ObjRef, re: f64, im: f64) -> Value {
    if cls.is(&vm.types.complex) {
        return vm.new_complex(re, im);
    }
    Value::Obj(object::alloc(vm, cls, Payload::Complex(re, im)))
}

fn is_str(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Str(_)))
}

/// Does `v` support the number protocol for complex(): complex, `__float__` or `__index__`?
fn is_number(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || as_complex(v).is_some()
        || lookup_special(vm, v, "__float__").is_some()
        || lookup_special(vm, v, "__index__").is_some()
}

/// `complex.__new__(cls, real=0, imag=0)`.
pub fn complex_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let complex_t = vm.types.complex.clone();
    let cls = object::new_cls(vm, &a, &complex_t, "complex")?;
    let rest = Args::with_kw(&a.values[1..], a.kwnames);
    let b = args::bind(vm, &rest, &Spec { name: "complex", params: &["real", "imag"], required: 0 })?;
    let (r, i) = (b[0].clone(), b[1].clone());
    // a missing real part is False (0), as in CPython
    let mut r = r.unwrap_or(Value::Bool(false));
    if let Value::Obj(o) = &r {
        if o.class().is(&complex_t) && i.is_none() && cls.is(&complex_t) {
            return Ok(r.clone());
        }
    }
    if is_str(&r) {
        if i.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let (re, im) = from_string(vm, &r)?;
        return Ok(make(vm, &cls, re, im));
    }
    if let Some(iv) = &i {
        if is_str(iv) {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
    }
    // __complex__ (complex instances have it too)
    if let Some(f) = lookup_special(vm, &r, "__complex__") {
        let res = vm.call(&f, &[r.clone()])?;
        if as_complex(&res).is_none() {
            let tn = vm.type_name(&res);
            return Err(vm.type_error(format!("__complex__ returned non-complex (type {tn})")));
        }
        r = res;
    }
    if !is_number(vm, &r) {
        let tn = vm.type_name(&r);
        return Err(vm.type_error(format!("complex() first argument must be a string or a number, not '{tn}'")));
    }
    if let Some(iv) = &i {
        if !is_number(vm, iv) {
            let tn = vm.type_name(iv);
            return Err(vm.type_error(format!("complex() second argument must be a number, not '{tn}'")));
        }
    }
    let (mut cr, cr_is_complex) = match as_complex(&r) {
        Some(c) => (c, true),
        None => ((to_float(vm, &r)?, 0.0), false),
    };
    let (mut ci, ci_is_complex) = match &i {
        None => ((cr.1, 0.0), false),
        Some(iv) => match as_complex(iv) {
            Some(c) => (c, true),
            None => ((to_float(vm, iv)?, 0.0), false),
        },
    };
    if ci_is_complex {
        cr.0 -= ci.1;
    }
    if cr_is_complex && i.is_some() {
        ci.0 += cr.1;
    }
    Ok(make(vm, &cls, cr.0, ci.0))
}

/// `PyNumber_Float` for an argument known to be a number.
fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match number_to_float(vm, v)? {
        Some(f) => Ok(f),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {tn}")))
        }
    }
}

fn malformed(vm: &mut Vm) -> rpy_vm::PyErr {
    vm.value_error("complex() arg is a malformed string")
}

/// `complex(s)` for a str.
fn from_string(vm: &mut Vm, orig: &Value) -> PyResult<(f64, f64)> {
    let s = match orig {
        Value::Obj(o) => vm.str_of(o),
        _ => String::new(),
    };
    let t = ascii_number_text(&s);
    if !t.contains('_') {
        return parse_complex(&t).ok_or_else(|| malformed(vm));
    }
    // PEP 515 underscores: only between digits
    let mut cleaned = String::with_capacity(t.len());
    let mut prev = '\0';
    let mut ok = true;
    for c in t.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                ok = false;
                break;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                ok = false;
                break;
            }
            cleaned.push(c);
        }
        prev = c;
    }
    if !ok || prev == '_' {
        let r = repr::repr(vm, orig)?;
        return Err(vm.value_error(format!("could not convert string to complex: {r}")));
    }
    parse_complex(&cleaned).ok_or_else(|| malformed(vm))
}

/// CPython's `complex_from_string_inner` on ASCII text.
fn parse_complex(t: &str) -> Option<(f64, f64)> {
    let b = t.as_bytes();
    let n = b.len();
    let mut i = 0;
    let skip_ws = |mut i: usize| {
        while i < n && is_c_space(b[i]) {
            i += 1;
        }
        i
    };
    i = skip_ws(i);
    let mut bracket = false;
    if i < n && b[i] == b'(' {
        bracket = true;
        i = skip_ws(i + 1);
    }
    let (mut x, mut y) = (0.0, 0.0);
    let sign_at = |i: usize| -> Option<f64> {
        match b.get(i) {
            Some(b'+') => Some(1.0),
            Some(b'-') => Some(-1.0),
            _ => None,
        }
    };
    let is_j = |i: usize| matches!(b.get(i), Some(b'j' | b'J'));
    match parse_float_prefix(&t[i..]) {
        Some((z, used)) => {
            i += used;
            if let Some(sg) = sign_at(i) {
                // <float><signed-float>j | <float><sign>j
                x = z;
                match parse_float_prefix(&t[i..]) {
                    Some((v, u)) => {
                        y = v;
                        i += u;
                    }
                    None => {
                        y = sg;
                        i += 1;
                    }
                }
                if !is_j(i) {
                    return None;
                }
                i += 1;
            } else if is_j(i) {
                y = z;
                i += 1;
            } else {
                x = z;
            }
        }
        None => {
            // <sign>j or j
            if let Some(sg) = sign_at(i) {
                y = sg;
                i += 1;
            } else {
                y = 1.0;
            }
            if !is_j(i) {
                return None;
            }
            i += 1;
        }
    }
    i = skip_ws(i);
    if bracket {
        if b.get(i) != Some(&b')') {
            return None;
        }
        i = skip_ws(i + 1);
    }
    if i != n {
        return None;
    }
    Some((x, y))
}
