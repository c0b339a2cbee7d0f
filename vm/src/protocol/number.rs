//! Arithmetic: the numeric tower (bool/int/float/complex) inline, and `__op__`/`__rop__`/
//! `__iop__` dispatch with CPython's subclass-first rule and error messages.

use crate::bytecode::BinOp;
use crate::error::PyResult;
use crate::object::Payload;
use crate::objects::int::{self, Int};
use crate::objects::typeobj::{is_subtype, type_data};
use crate::protocol::attr;
use crate::value::Value;
use crate::vm::Vm;

/// The integer value of an int/bool (or int subclass instance).
#[inline]
pub fn as_int(v: &Value) -> Option<Int> {
    match v {
        Value::Int(i) => Some(Int::Small(*i)),
        Value::Bool(b) => Some(Int::Small(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(int::normalize(b.clone())),
            _ => None,
        },
        _ => None,
    }
}

#[inline]
pub fn as_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Complex(r, i) => Some((*r, *i)),
            _ => None,
        },
        _ => None,
    }
}

pub fn int_value(vm: &Vm, i: Int) -> Value {
    match i {
        Int::Small(s) => Value::Int(s),
        Int::Big(b) => vm.new_int_big(b),
    }
}

/// Native arithmetic on builtin numbers; None when the operands are not both numbers (or the
/// op is not defined for them, e.g. `@`).
fn numeric_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        if matches!(a, Value::Bool(_)) && matches!(b, Value::Bool(_)) {
            if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                match op {
                    BinOp::And => return Some(Ok(Value::Bool(p & q))),
                    BinOp::Or => return Some(Ok(Value::Bool(p | q))),
                    BinOp::Xor => return Some(Ok(Value::Bool(p ^ q))),
                    _ => {}
                }
            }
        }
        return int_op(vm, &x, &y, op);
    }
    let fa = as_float(a).or_else(|| as_int(a).and_then(|i| if as_complex(b).is_some() { None } else { Some(i) }).map(|i| int_to_f64(&i)));
    let fb = as_float(b).or_else(|| as_int(b).and_then(|i| if as_complex(a).is_some() { None } else { Some(i) }).map(|i| int_to_f64(&i)));
    if (as_float(a).is_some() || as_float(b).is_some()) && fa.is_some() && fb.is_some() {
        // int operands too large for a float
        for v in [a, b] {
            if let Some(i) = as_int(v) {
                if int::to_f64(&i).is_none() {
                    return Some(Err(vm.overflow_error("int too large to convert to float")));
                }
            }
        }
        return float_op(vm, fa.unwrap_or(0.0), fb.unwrap_or(0.0), op);
    }
    let ca = as_complex(a).or_else(|| as_float(a).map(|f| (f, 0.0))).or_else(|| as_int(a).map(|i| (int_to_f64(&i), 0.0)));
    let cb = as_complex(b).or_else(|| as_float(b).map(|f| (f, 0.0))).or_else(|| as_int(b).map(|i| (int_to_f64(&i), 0.0)));
    if (as_complex(a).is_some() || as_complex(b).is_some()) && ca.is_some() && cb.is_some() {
        return complex_op(vm, ca.unwrap_or((0.0, 0.0)), cb.unwrap_or((0.0, 0.0)), op);
    }
    None
}

fn int_to_f64(i: &Int) -> f64 {
    int::to_f64(i).unwrap_or(f64::INFINITY)
}

pub fn int_op(vm: &mut Vm, x: &Int, y: &Int, op: BinOp) -> Option<PyResult<Value>> {
    let r = match op {
        BinOp::Add => int::add(x, y),
        BinOp::Subtract => int::sub(x, y),
        BinOp::Multiply => int::mul(x, y),
        BinOp::FloorDivide => match int::floordiv(x, y) {
            Some(r) => r,
            None => return Some(Err(vm.zero_division_error("integer division or modulo by zero"))),
        },
        BinOp::Remainder => match int::modulo(x, y) {
            Some(r) => r,
            None => return Some(Err(vm.zero_division_error("integer modulo by zero"))),
        },
        BinOp::TrueDivide => {
            return Some(match int::truediv(x, y) {
                Ok(f) => Ok(Value::Float(f)),
                Err(m) if m.starts_with("division") => Err(vm.zero_division_error(m)),
                Err(m) => Err(vm.overflow_error(m)),
            })
        }
        BinOp::Power => {
            if y.is_negative() {
                if x.is_zero() {
                    return Some(Err(vm.zero_division_error("0.0 cannot be raised to a negative power")));
                }
                let (fx, fy) = (int::to_f64(x), int::to_f64(y));
                return Some(match (fx, fy) {
                    (Some(a), Some(b)) => float_op(vm, a, b, BinOp::Power).unwrap_or_else(|| Ok(Value::None)),
                    _ => Err(vm.overflow_error("int too large to convert to float")),
                });
            }
            match int::pow(x, y) {
                Some(r) => r,
                None => return Some(Err(vm.overflow_error("exponent too large"))),
            }
        }
        BinOp::Lshift => {
            if y.is_negative() {
                return Some(Err(vm.value_error("negative shift count")));
            }
            match int::lshift(x, y) {
                Some(r) => r,
                None => return Some(Err(vm.overflow_error("too many digits in integer"))),
            }
        }
        BinOp::Rshift => {
            if y.is_negative() {
                return Some(Err(vm.value_error("negative shift count")));
            }
            int::rshift(x, y)
        }
        BinOp::And => int::and(x, y),
        BinOp::Or => int::or(x, y),
        BinOp::Xor => int::xor(x, y),
        BinOp::MatrixMultiply => return None,
    };
    Some(Ok(int_value(vm, r)))
}

pub fn float_op(vm: &mut Vm, a: f64, b: f64, op: BinOp) -> Option<PyResult<Value>> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Subtract => a - b,
        BinOp::Multiply => a * b,
        BinOp::TrueDivide => {
            if b == 0.0 {
                return Some(Err(vm.zero_division_error("float division by zero")));
            }
            a / b
        }
        BinOp::FloorDivide => {
            if b == 0.0 {
                return Some(Err(vm.zero_division_error("float floor division by zero")));
            }
            float_divmod(a, b).0
        }
        BinOp::Remainder => {
            if b == 0.0 {
                return Some(Err(vm.zero_division_error("float modulo")));
            }
            float_divmod(a, b).1
        }
        BinOp::Power => return Some(float_pow(vm, a, b)),
        _ => return None,
    };
    Some(Ok(vm.new_float(r)))
}

/// CPython's float divmod (floor quotient, remainder with the divisor's sign).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn float_pow(vm: &mut Vm, iv: f64, iw: f64) -> PyResult<Value> {
    if iw == 0.0 {
        return Ok(Value::Float(1.0));
    }
    if iv.is_nan() {
        return Ok(vm.new_float(if iw == 0.0 { 1.0 } else { iv }));
    }
    if iw.is_nan() {
        return Ok(vm.new_float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iv == 0.0 && iw < 0.0 && iw.is_finite() {
        return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
    }
    if iv.is_infinite() {
        // inf ** y: 0 for negative y, inf (with the sign for odd integer y) otherwise
        let odd = iw.is_finite() && iw == iw.floor() && (iw % 2.0).abs() == 1.0;
        let r = if iw < 0.0 {
            if iv < 0.0 && odd {
                -0.0
            } else {
                0.0
            }
        } else if iv < 0.0 && odd {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
        return Ok(Value::Float(r));
    }
    if iv < 0.0 && iw.is_finite() && iw != iw.floor() {
        // negative base with a fractional exponent gives a complex result
        return complex_op(vm, (iv, 0.0), (iw, 0.0), BinOp::Power).unwrap_or(Ok(Value::None));
    }
    let r = iv.powf(iw);
    if r.is_infinite() && iv.is_finite() && iw.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(vm.new_float(r))
}

pub fn complex_op(vm: &mut Vm, (ar, ai): (f64, f64), (br, bi): (f64, f64), op: BinOp) -> Option<PyResult<Value>> {
    let (r, i) = match op {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Subtract => (ar - br, ai - bi),
        BinOp::Multiply => (ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDivide => match complex_div((ar, ai), (br, bi)) {
            Some(c) => c,
            None => return Some(Err(vm.zero_division_error("complex division by zero"))),
        },
        BinOp::Power => match complex_pow(vm, (ar, ai), (br, bi)) {
            Ok(c) => c,
            Err(e) => return Some(Err(e)),
        },
        _ => return None,
    };
    Some(Ok(vm.new_complex(r, i)))
}

fn complex_div((ar, ai): (f64, f64), (br, bi): (f64, f64)) -> Option<(f64, f64)> {
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Some(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Some(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn complex_pow(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        // integer exponent: repeated multiplication like CPython's c_powi
        let n = b.0 as i64;
        let mut r = (1.0, 0.0);
        let mut x = a;
        let mut k = n.unsigned_abs();
        while k > 0 {
            if k & 1 == 1 {
                r = (r.0 * x.0 - r.1 * x.1, r.0 * x.1 + r.1 * x.0);
            }
            x = (x.0 * x.0 - x.1 * x.1, 2.0 * x.0 * x.1);
            k >>= 1;
        }
        if n < 0 {
            return match complex_div((1.0, 0.0), r) {
                Some(c) => Ok(c),
                None => Err(vm.zero_division_error("0.0 to a negative or complex power")),
            };
        }
        return Ok(r);
    }
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.zero_division_error("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    let r = (len * phase.cos(), len * phase.sin());
    if !r.0.is_finite() || !r.1.is_finite() {
        return Err(vm.overflow_error("complex exponentiation"));
    }
    Ok(r)
}

fn is_seq_for_concat(v: &Value) -> Option<&'static str> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(_) => Some("str"),
            Payload::List(_) => Some("list"),
            Payload::Tuple(_) => Some("tuple"),
            Payload::Bytes(_) => Some("bytes"),
            Payload::ByteArray(_) => Some("bytearray"),
            _ => None,
        },
        _ => None,
    }
}

/// Calls `__op__`/`__rop__` on the operands' types. Returns NotImplemented if neither works.
fn dispatch(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (name, rname, _) = op.dunders();
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let fa = attr::special_method(vm, &ta, name);
    let fb = if ta.is(&tb) { None } else { attr::special_method(vm, &tb, rname) };
    let mut fb = fb;
    if let Some(rb) = &fb {
        if is_subtype(&tb, &ta) {
            let ra = attr::type_lookup_str(&ta, rname);
            let overrides = match &ra {
                Some(x) => !x.is(rb),
                None => true,
            };
            if overrides {
                let r = vm.call(rb, &[b.clone(), a.clone()])?;
                if !vm.is_not_implemented(&r) {
                    return Ok(r);
                }
                fb = None;
            }
        }
    }
    if let Some(f) = fa {
        let r = vm.call(&f, &[a.clone(), b.clone()])?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(f) = fb {
        let r = vm.call(&f, &[b.clone(), a.clone()])?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Ok(vm.not_implemented())
}

/// `a <op> b` (or `a <op>= b` when `inplace`).
pub fn binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    // exact builtin numbers
    let exact = |v: &Value| match v {
        Value::Obj(o) => matches!(o.payload, Payload::Int(_) | Payload::Complex(..)) && !type_data(&o.class()).has(crate::objects::typeobj::tflags::HEAPTYPE),
        _ => true,
    };
    if exact(a) && exact(b) && !matches!(a, Value::None) && !matches!(b, Value::None) {
        if let Some(r) = numeric_op(vm, a, b, op) {
            return r;
        }
    }
    if let (Value::Obj(x), Value::Obj(y), BinOp::Add) = (a, b, op) {
        if let (Payload::Str(s1), Payload::Str(s2)) = (&x.payload, &y.payload) {
            if x.class().is(&vm.types.str) && y.class().is(&vm.types.str) {
                let mut s = String::with_capacity(s1.as_str().len() + s2.as_str().len());
                s.push_str(s1.as_str());
                s.push_str(s2.as_str());
                return Ok(vm.new_string(s));
            }
        }
    }
    if inplace {
        let (_, _, iname) = op.dunders();
        if let Some(f) = attr::lookup_special(vm, a, iname) {
            let r = vm.call(&f, &[a.clone(), b.clone()])?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    let r = dispatch(vm, a, b, op)?;
    if !vm.is_not_implemented(&r) {
        return Ok(r);
    }
    Err(binop_type_error(vm, a, b, op, inplace))
}

pub fn binop_type_error(vm: &mut Vm, a: &Value, b: &Value, op: BinOp, inplace: bool) -> crate::error::PyErr {
    let (ta, tb) = (vm.type_name(a), vm.type_name(b));
    if op == BinOp::Add {
        if let Some(kind) = is_seq_for_concat(a) {
            return match kind {
                "bytes" | "bytearray" => vm.type_error(format!("can't concat {tb} to {ta}")),
                _ => vm.type_error(format!("can only concatenate {kind} (not \"{tb}\") to {kind}")),
            };
        }
    }
    if op == BinOp::Multiply {
        if is_seq_for_concat(a).is_some() && as_int(b).is_none() {
            return vm.type_error(format!("can't multiply sequence by non-int of type '{tb}'"));
        }
        if is_seq_for_concat(b).is_some() && as_int(a).is_none() {
            return vm.type_error(format!("can't multiply sequence by non-int of type '{ta}'"));
        }
    }
    let sym = op.symbol();
    let eq = if inplace { "=" } else { "" };
    if op == BinOp::Power && !inplace {
        return vm.type_error(format!("unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"));
    }
    // Python 2's `print >> stream, ...`
    let is_print = matches!(a, Value::Obj(o) if matches!(&o.payload, Payload::Builtin(f) if f.name == "print" && f.owner.is_none()));
    if op == BinOp::Rshift && !inplace && is_print {
        return vm.type_error(format!("unsupported operand type(s) for >>: '{ta}' and '{tb}'. Did you mean \"print(<message>, file=<output_stream>)\"?"));
    }
    vm.type_error(format!("unsupported operand type(s) for {sym}{eq}: '{ta}' and '{tb}'"))
}

fn unary(vm: &mut Vm, v: &Value, name: &str, sym: &str) -> PyResult<Value> {
    match attr::lookup_special(vm, v, name) {
        Some(f) => vm.call(&f, &[v.clone()]),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("bad operand type for unary {sym}: '{tn}'")))
        }
    }
}

pub fn neg(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(int_value(vm, int::neg(&Int::Small(*i)))),
        Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
        Value::Float(f) => Ok(vm.new_float(-f)),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) && o.class().is(&vm.types.int) => {
            Ok(int_value(vm, int::neg(&as_int(v).unwrap_or(Int::Small(0)))))
        }
        _ => unary(vm, v, "__neg__", "-"),
    }
}

pub fn pos(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::Float(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => unary(vm, v, "__pos__", "+"),
    }
}

pub fn invert(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(Value::Int(!i)),
        Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
        _ => unary(vm, v, "__invert__", "~"),
    }
}
