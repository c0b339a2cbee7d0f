//! Rich comparison with reflected-operand rules, equality shortcuts, and `hash()`.

use crate::bytecode::CmpOp;
use crate::error::PyResult;
use crate::object::Payload;
use crate::objects::hash;
use crate::objects::int::Int;
use crate::objects::typeobj::{is_subtype, tflags, type_data};
use crate::protocol::attr;
use crate::protocol::number::{as_complex, as_float, as_int};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use std::cmp::Ordering;

fn cmp_int_float(i: &Int, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    match i {
        Int::Small(s) => {
            let a = *s as f64;
            if (a as i64) == *s && a.abs() < 9.0e15 {
                return a.partial_cmp(&f);
            }
            // exact comparison through BigInt
            let fi = f.trunc();
            let bi = float_to_bigint(fi);
            match BigInt::from(*s).cmp(&bi) {
                Ordering::Equal => 0.0f64.partial_cmp(&(f - fi)),
                o => Some(o),
            }
        }
        Int::Big(b) => {
            let fi = f.trunc();
            let bi = float_to_bigint(fi);
            match b.cmp(&bi) {
                Ordering::Equal => 0.0f64.partial_cmp(&(f - fi)),
                o => Some(o),
            }
        }
    }
}

pub fn float_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.0e18 {
        return BigInt::from(f as i64);
    }
    let (m, e) = crate::objects::hash::frexp(f);
    let mant = (m * (1u64 << 53) as f64) as i64;
    let e = e - 53;
    if e >= 0 {
        BigInt::from(mant) << e as usize
    } else {
        BigInt::from(mant) >> (-e) as usize
    }
}

/// Compares builtin numbers without Python code. None: not both numbers.
pub fn numeric_cmp(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        let o = match (&x, &y) {
            (Int::Small(p), Int::Small(q)) => p.cmp(q),
            _ => x.to_big().cmp(&y.to_big()),
        };
        return Some(op.test(o, Ordering::Equal));
    }
    let fa = as_float(a);
    let fb = as_float(b);
    match (fa, fb) {
        (Some(x), Some(y)) => return Some(op.test(x, y)),
        (Some(x), None) => {
            if let Some(i) = as_int(b) {
                return Some(match cmp_int_float(&i, x) {
                    Some(o) => op.test(o.reverse(), Ordering::Equal),
                    None => op == CmpOp::Ne,
                });
            }
        }
        (None, Some(y)) => {
            if let Some(i) = as_int(a) {
                return Some(match cmp_int_float(&i, y) {
                    Some(o) => op.test(o, Ordering::Equal),
                    None => op == CmpOp::Ne,
                });
            }
        }
        _ => {}
    }
    if matches!(op, CmpOp::Eq | CmpOp::Ne) {
        let ca = as_complex(a).or_else(|| fa.map(|f| (f, 0.0))).or_else(|| as_int(a).map(|i| (crate::objects::int::to_f64(&i).unwrap_or(f64::NAN), 0.0)));
        let cb = as_complex(b).or_else(|| fb.map(|f| (f, 0.0))).or_else(|| as_int(b).map(|i| (crate::objects::int::to_f64(&i).unwrap_or(f64::NAN), 0.0)));
        if (as_complex(a).is_some() || as_complex(b).is_some()) && ca.is_some() && cb.is_some() {
            let eq = ca == cb;
            return Some(if op == CmpOp::Eq { eq } else { !eq });
        }
    }
    None
}

fn is_exact_builtin(v: &Value) -> bool {
    match v {
        Value::Obj(o) => !type_data(&o.class()).has(tflags::HEAPTYPE),
        _ => true,
    }
}

/// `a <op> b` returning the (possibly non-bool) result.
pub fn rich_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if is_exact_builtin(a) && is_exact_builtin(b) {
        if let Some(r) = numeric_cmp(a, b, op) {
            return Ok(Value::Bool(r));
        }
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            if let (Payload::Str(s), Payload::Str(t)) = (&x.payload, &y.payload) {
                return Ok(Value::Bool(op.test(s.as_str(), t.as_str())));
            }
        }
    }
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let name = op.dunder();
    let rname = op.swapped().dunder();
    let mut checked_reverse = false;
    if !ta.is(&tb) && is_subtype(&tb, &ta) {
        if let Some(f) = attr::special_method(vm, &tb, rname) {
            checked_reverse = true;
            let r = vm.call(&f, &[b.clone(), a.clone()])?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = attr::special_method(vm, &ta, name) {
        let r = vm.call(&f, &[a.clone(), b.clone()])?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !checked_reverse {
        if let Some(f) = attr::special_method(vm, &tb, rname) {
            let r = vm.call(&f, &[b.clone(), a.clone()])?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    match op {
        CmpOp::Eq => Ok(Value::Bool(a.is(b))),
        CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
        _ => {
            let (x, y) = (vm.type_name(a), vm.type_name(b));
            Err(vm.type_error(format!("'{}' not supported between instances of '{x}' and '{y}'", op.symbol())))
        }
    }
}

/// Equality test without Python code when the answer is known from representations.
#[inline]
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Some(x == y),
        (Value::Obj(x), Value::Obj(y)) => {
            if let (Payload::Str(s), Payload::Str(t)) = (&x.payload, &y.payload) {
                if is_exact_builtin(a) && is_exact_builtin(b) {
                    return Some(s.as_str() == t.as_str());
                }
            }
        }
        _ => {}
    }
    if !is_exact_builtin(a) || !is_exact_builtin(b) {
        return None;
    }
    if let Some(r) = numeric_cmp(a, b, CmpOp::Eq) {
        return Some(r);
    }
    let simple = |v: &Value| match v {
        Value::Obj(o) => matches!(o.payload, Payload::Str(_) | Payload::Bytes(_) | Payload::Int(_) | Payload::Complex(..)),
        _ => true,
    };
    if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
        if let (Payload::Bytes(s), Payload::Bytes(t)) = (&x.payload, &y.payload) {
            return Some(s == t);
        }
    }
    if simple(a) && simple(b) {
        return Some(false);
    }
    None
}

impl Vm {
    /// `a == b` as a bool (identity implies equality, as in containers).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_eq(a, b) {
            return Ok(r);
        }
        let r = rich_compare(self, a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::None => Ok(hash::hash_pointer(0x5f5f_4e6f_6e65)),
            Value::Bool(b) => Ok(*b as i64),
            Value::Int(i) => Ok(hash::hash_i64(*i)),
            Value::Float(f) => Ok(hash::hash_f64(*f).unwrap_or(0)),
            Value::Obj(o) => {
                let cls = o.class();
                let td = type_data(&cls);
                if self.is_canonical(o) {
                    match &o.payload {
                        Payload::Str(s) => return Ok(s.hash()),
                        Payload::Int(b) => return Ok(hash::hash_bigint(b)),
                        Payload::Float(f) => return Ok(hash::hash_f64(*f).unwrap_or_else(|| hash::hash_pointer(o.addr()))),
                        Payload::Bytes(b) => return Ok(hash::siphash13(b)),
                        Payload::Tuple(items) => {
                            let items = items.clone();
                            let mut hs = Vec::with_capacity(items.len());
                            for it in items.iter() {
                                hs.push(self.hash(it)?);
                            }
                            return Ok(hash::hash_tuple(hs.into_iter()));
                        }
                        Payload::Complex(r, i) => {
                            let hr = hash::hash_f64(*r).unwrap_or(0) as u64;
                            let hi = hash::hash_f64(*i).unwrap_or(0) as u64;
                            let h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
                            return Ok(if h == -1 { -2 } else { h });
                        }
                        Payload::FrozenSet(s) => {
                            let s = s.borrow();
                            return Ok(hash::hash_frozenset(s.iter().map(|(h, _)| h), s.len()));
                        }
                        Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::ByteArray(_) => {
                            let tn = td.name.borrow().clone();
                            return Err(self.type_error(format!("unhashable type: '{tn}'")));
                        }
                        Payload::Type(_) | Payload::Function(_) | Payload::Builtin(_) | Payload::Code(_) | Payload::Module { .. } | Payload::Plain => {
                            return Ok(hash::hash_pointer(o.addr()))
                        }
                        _ => {}
                    }
                }
                match attr::special_method(self, &cls, "__hash__") {
                    Some(Value::None) => {
                        let tn = td.name.borrow().clone();
                        Err(self.type_error(format!("unhashable type: '{tn}'")))
                    }
                    Some(h) => {
                        let is_object_hash = matches!(&h, Value::Obj(ho) if matches!(&ho.payload, Payload::Builtin(b) if b.owner.as_ref().map(|t| t.is(&self.types.object)).unwrap_or(false)));
                        if is_object_hash {
                            return Ok(hash::hash_pointer(o.addr()));
                        }
                        let r = self.call(&h, &[v.clone()])?;
                        match as_int(&r) {
                            Some(Int::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                            Some(Int::Big(b)) => Ok(hash::hash_bigint(&b)),
                            None => Err(self.type_error("__hash__ method should return an integer")),
                        }
                    }
                    None => Ok(hash::hash_pointer(o.addr())),
                }
            }
        }
    }
}
