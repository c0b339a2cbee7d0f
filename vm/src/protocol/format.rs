//! `format(value, spec)`: `__format__` dispatch with the built-in numeric and str formatting
//! done natively.

use crate::error::PyResult;
use crate::format::{self as fmt, FormatError};
use crate::object::Payload;
use crate::objects::typeobj::{tflags, type_data};
use crate::protocol::attr;
use crate::protocol::number::{as_float, as_int};
use crate::value::Value;
use crate::vm::Vm;

pub fn map_err(vm: &mut Vm, e: FormatError) -> crate::error::PyErr {
    match e {
        FormatError::Value(m) => vm.value_error(m),
        FormatError::Overflow(m) => vm.overflow_error(m),
    }
}

/// Formats a builtin value natively; None if `v` is not a builtin number or str.
pub fn format_builtin(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Option<String>> {
    if let Value::Obj(o) = v {
        if type_data(&o.class()).has(tflags::HEAPTYPE) {
            return Ok(None);
        }
    }
    let tn = vm.type_name(v);
    if spec.is_empty() {
        return match v {
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Ok(Some(vm.str_of(o))),
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => Ok(Some(crate::protocol::repr::str(vm, v)?)),
            Value::Obj(o) if matches!(o.payload, Payload::Int(_) | Payload::Float(_) | Payload::Complex(..)) => Ok(Some(crate::protocol::repr::str(vm, v)?)),
            _ => Ok(None),
        };
    }
    let r = if let Some(f) = as_float(v) {
        fmt::parse_spec(spec, &tn).and_then(|s| fmt::format_float(f, &s, &tn))
    } else if let Some(i) = as_int(v) {
        fmt::parse_spec(spec, &tn).and_then(|s| fmt::format_int(&i.to_big(), &s, &tn))
    } else if let Value::Obj(o) = v {
        match &o.payload {
            Payload::Str(s) => fmt::parse_spec(spec, &tn).and_then(|sp| fmt::format_str(s.as_str(), &sp, &tn)),
            Payload::Complex(r, i) => fmt::parse_spec(spec, &tn).and_then(|sp| fmt::format_complex(*r, *i, &sp, &tn)),
            _ => return Ok(None),
        }
    } else {
        return Ok(None);
    };
    match r {
        Ok(s) => Ok(Some(s)),
        Err(e) => Err(map_err(vm, e)),
    }
}

/// `format(v, spec)` returning a str value.
pub fn format(vm: &mut Vm, v: &Value, spec: &Value) -> PyResult<Value> {
    let spec_s = match spec {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => vm.str_of(o),
        _ => {
            let tn = vm.type_name(spec);
            return Err(vm.type_error(format!("format() argument 2 must be str, not {tn}")));
        }
    };
    if let Some(s) = format_builtin(vm, v, &spec_s)? {
        return Ok(vm.new_string(s));
    }
    match attr::lookup_special(vm, v, "__format__") {
        Some(f) => {
            let r = vm.call(&f, &[v.clone(), spec.clone()])?;
            match &r {
                Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Ok(r),
                _ => {
                    let tn = vm.type_name(&r);
                    Err(vm.type_error(format!("__format__ must return a str, not {tn}")))
                }
            }
        }
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("Type {tn} doesn't define __format__")))
        }
    }
}
