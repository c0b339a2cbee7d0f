//! Conversions: truth value, `__index__`, integers and floats out of values, slice indices.

use crate::error::PyResult;
use crate::object::Payload;
use crate::objects::int::Int;
use crate::protocol::attr;
use crate::protocol::number::{as_float, as_int};
use crate::value::Value;
use crate::vm::Vm;
use num_traits::{Signed, ToPrimitive, Zero};

impl Vm {
    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::None => Ok(false),
            Value::Bool(b) => Ok(*b),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Obj(o) => {
                let cls = o.class();
                let heap = crate::objects::typeobj::type_data(&cls).has(crate::objects::typeobj::tflags::HEAPTYPE);
                if !heap {
                    match &o.payload {
                        Payload::Str(s) => return Ok(s.char_len() > 0),
                        Payload::List(l) => return Ok(!l.borrow().is_empty()),
                        Payload::Tuple(t) => return Ok(!t.is_empty()),
                        Payload::Dict(d) => return Ok(d.borrow().len() > 0),
                        Payload::Set(s) | Payload::FrozenSet(s) => return Ok(s.borrow().len() > 0),
                        Payload::Int(b) => return Ok(!b.is_zero()),
                        Payload::Float(f) => return Ok(*f != 0.0),
                        Payload::Complex(r, i) => return Ok(*r != 0.0 || *i != 0.0),
                        Payload::Bytes(b) => return Ok(!b.is_empty()),
                        Payload::ByteArray(b) => return Ok(!b.borrow().is_empty()),
                        Payload::Range { .. } => {}
                        Payload::Plain if o.is(&self.not_implemented) => return Ok(true),
                        _ => {}
                    }
                }
                if let Some(f) = attr::special_method(self, &cls, "__bool__") {
                    let r = self.call(&f, &[v.clone()])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => {
                            let tn = self.type_name(&r);
                            Err(self.type_error(format!("__bool__ should return bool, returned {tn}")))
                        }
                    };
                }
                if let Some(f) = attr::special_method(self, &cls, "__len__") {
                    let r = self.call(&f, &[v.clone()])?;
                    let n = len_result(self, &r)?;
                    return Ok(n != 0);
                }
                Ok(true)
            }
        }
    }

    /// `operator.index(v)` as a Rust integer.
    pub fn to_index(&mut self, v: &Value) -> PyResult<Int> {
        if let Some(i) = as_int(v) {
            return Ok(i);
        }
        if let Some(f) = attr::lookup_special(self, v, "__index__") {
            let r = self.call(&f, &[v.clone()])?;
            return match as_int(&r) {
                Some(i) => Ok(i),
                None => {
                    let tn = self.type_name(&r);
                    Err(self.type_error(format!("__index__ returned non-int (type {tn})")))
                }
            };
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
    }

    /// An index that must fit in isize (OverflowError "cannot fit 'int' into an index-sized integer").
    pub fn to_isize(&mut self, v: &Value) -> PyResult<isize> {
        match self.to_index(v)? {
            Int::Small(i) => Ok(i as isize),
            Int::Big(_) => {
                let tn = self.type_name(v);
                Err(self.new_error(&self.types.index_error.clone(), format!("cannot fit '{tn}' into an index-sized integer")))
            }
        }
    }

    /// `float(v)` for numbers (not strings).
    pub fn to_f64(&mut self, v: &Value) -> PyResult<f64> {
        if let Some(f) = as_float(v) {
            return Ok(f);
        }
        if let Some(i) = as_int(v) {
            return crate::objects::int::to_f64(&i).ok_or_else(|| self.overflow_error("int too large to convert to float"));
        }
        if let Some(f) = attr::lookup_special(self, v, "__float__") {
            let r = self.call(&f, &[v.clone()])?;
            return match as_float(&r) {
                Some(x) => Ok(x),
                None => {
                    let tn = self.type_name(v);
                    let rn = self.type_name(&r);
                    Err(self.type_error(format!("{tn}.__float__ returned non-float (type {rn})")))
                }
            };
        }
        if let Some(f) = attr::lookup_special(self, v, "__index__") {
            let r = self.call(&f, &[v.clone()])?;
            if let Some(i) = as_int(&r) {
                return crate::objects::int::to_f64(&i).ok_or_else(|| self.overflow_error("int too large to convert to float"));
            }
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("must be real number, not {tn}")))
    }

    /// `str(v)` as a str value.
    pub fn to_str(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Int(i) = v {
            return Ok(self.new_str(decimal_i64(*i, &mut [0u8; 21])));
        }
        if let Value::Obj(o) = v {
            if let Payload::Str(_) = &o.payload {
                if o.class().is(&self.types.str) {
                    return Ok(v.clone());
                }
            }
        }
        crate::protocol::repr::str_value(self, v)
    }

    /// `str(v)` as a Rust String.
    pub fn to_string(&mut self, v: &Value) -> PyResult<String> {
        crate::protocol::repr::str(self, v)
    }
}

pub fn len_result(vm: &mut Vm, r: &Value) -> PyResult<usize> {
    match as_int(r) {
        Some(Int::Small(n)) if n >= 0 => Ok(n as usize),
        Some(Int::Small(_)) => Err(vm.value_error("__len__() should return >= 0")),
        Some(Int::Big(b)) => {
            if b.is_negative() {
                Err(vm.value_error("__len__() should return >= 0"))
            } else {
                Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
        }
        None => {
            let tn = vm.type_name(r);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// Resolves slice bounds against a length, as `slice.indices(len)`.
pub fn slice_indices(vm: &mut Vm, start: &Value, stop: &Value, step: &Value, len: usize) -> PyResult<(isize, isize, isize)> {
    let len = len as isize;
    let step = if step.is_none() {
        1
    } else {
        match slice_value(vm, step)? {
            0 => return Err(vm.value_error("slice step cannot be zero")),
            // CPython clamps the step to -PY_SSIZE_T_MAX so that `-step` cannot overflow.
            s => s.max(-isize::MAX),
        }
    };
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: isize| -> isize {
        if v < 0 {
            let v = v + len;
            if v < lower {
                lower
            } else {
                v
            }
        } else if v > upper {
            upper
        } else {
            v
        }
    };
    let start = if start.is_none() {
        if step < 0 {
            upper
        } else {
            lower
        }
    } else {
        clamp(slice_value(vm, start)?)
    };
    let stop = if stop.is_none() {
        if step < 0 {
            lower
        } else {
            upper
        }
    } else {
        clamp(slice_value(vm, stop)?)
    };
    Ok((start, stop, step))
}

/// A slice component: any `__index__`, clamped to isize.
fn slice_value(vm: &mut Vm, v: &Value) -> PyResult<isize> {
    let i = match as_int(v) {
        Some(i) => i,
        None => {
            if attr::lookup_special(vm, v, "__index__").is_none() {
                return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
            }
            vm.to_index(v)?
        }
    };
    Ok(match i {
        Int::Small(s) => s.clamp(isize::MIN as i64, isize::MAX as i64) as isize,
        Int::Big(b) => {
            if b.is_negative() {
                isize::MIN
            } else {
                isize::MAX
            }
        }
    })
}

/// Number of elements of a resolved slice.
pub fn slice_len(start: isize, stop: isize, step: isize) -> usize {
    if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    }
}

pub fn bigint_to_i64(b: &num_bigint::BigInt) -> Option<i64> {
    b.to_i64()
}

/// The decimal text of `i`, written into `buf` without allocating.
pub fn decimal_i64(i: i64, buf: &mut [u8; 21]) -> &str {
    let mut n = i.unsigned_abs();
    let mut pos = buf.len();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    std::str::from_utf8(&buf[pos..]).unwrap_or("0")
}
