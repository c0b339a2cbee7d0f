//! The named methods of `float`: `as_integer_ratio`, `conjugate`, `hex`, `fromhex`,
//! `is_integer`, `__getformat__`, `__round__`, `__trunc__`, `__floor__`, `__ceil__`,
//! `__getnewargs__`.

use super::{float_to_int, self_float};
use crate::types::int::wrap;
use num_bigint::BigInt;
use rpy_vm::objects::int::Int;
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::protocol::number::int_value;
use rpy_vm::{Payload, PyResult, Value, Vm};

/// A METH_NOARGS method mapping self's value to an int (`__trunc__`, `__floor__`, …).
fn to_int_with(vm: &mut Vm, a: &Args, qualname: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    wrap::noargs(vm, a, qualname)?;
    let x = self_float(vm, a, qualname)?;
    let i = float_to_int(vm, f(x))?;
    Ok(int_value(vm, i))
}

fn float_trunc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    to_int_with(vm, &a, "float.__trunc__", f64::trunc)
}
fn float_floor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    to_int_with(vm, &a, "float.__floor__", f64::floor)
}
fn float_ceil(vm: &mut Vm, a: Args) -> PyResult<Value> {
    to_int_with(vm, &a, "float.__ceil__", f64::ceil)
}

fn float_conjugate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::noargs(vm, &a, "float.conjugate")?;
    Ok(Value::Float(self_float(vm, &a, "conjugate")?))
}

fn float_getnewargs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::noargs(vm, &a, "float.__getnewargs__")?;
    let x = self_float(vm, &a, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(x)]))
}

fn float_is_integer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::noargs(vm, &a, "float.is_integer")?;
    let x = self_float(vm, &a, "is_integer")?;
    Ok(Value::Bool(x.is_finite() && x == x.floor()))
}

fn float_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::noargs(vm, &a, "float.hex")?;
    let x = self_float(vm, &a, "hex")?;
    Ok(vm.new_string(rpy_vm::format::float_to_hex(x)))
}

/// `round(x)` (to an int, half to even) or `round(x, ndigits)` (to a float).
fn float_round(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rest = wrap::positional(vm, &a, "float.__round__", "__round__", 0, 1)?;
    let x = self_float(vm, &a, "__round__")?;
    let nd = match rest.first() {
        None | Some(Value::None) => {
            let i = float_to_int(vm, rpy_vm::format::round_half_even(x))?;
            return Ok(int_value(vm, i));
        }
        Some(v) => match vm.to_index(v)? {
            Int::Small(n) => n,
            Int::Big(b) => {
                if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
        },
    };
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = rpy_vm::format::round_float(x, nd);
    if r.is_infinite() {
        return Err(vm.overflow_error("rounded value too large to represent"));
    }
    Ok(Value::Float(r))
}

fn float_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::noargs(vm, &a, "float.as_integer_ratio")?;
    let x = self_float(vm, &a, "as_integer_ratio")?;
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok(vm.new_tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    // x = mant * 2**exp exactly, with mant an integer
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if biased == 0 { (frac, -1074) } else { (frac | (1u64 << 52), biased - 1075) };
    if exp < 0 {
        let tz = (mant.trailing_zeros() as i64).min(-exp);
        mant >>= tz;
        exp += tz;
    }
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1);
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    if x < 0.0 {
        num = -num;
    }
    let (n, d) = (vm.new_int_big(num), vm.new_int_big(den));
    Ok(vm.new_tuple(vec![n, d]))
}

fn float_fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = wrap::onearg(vm, &a, "float.fromhex")?;
    let text = match &s {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => vm.str_of(o),
        _ => return Err(vm.type_error("bad argument type for built-in operation")),
    };
    let f = match rpy_vm::format::float_from_hex(&text) {
        Ok(f) => f,
        Err(e) => return Err(rpy_vm::protocol::format::map_err(vm, e)),
    };
    match a.values.first() {
        Some(c @ Value::Obj(co)) if !co.is(&vm.types.float) => {
            let c = c.clone();
            vm.call(&c, &[Value::Float(f)])
        }
        _ => Ok(Value::Float(f)),
    }
}

fn float_getformat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = wrap::onearg(vm, &a, "float.__getformat__")?;
    let s = match &t {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => vm.str_of(o),
        _ => {
            let tn = vm.type_name(&t);
            return Err(vm.type_error(format!("__getformat__() argument must be str, not {tn}")));
        }
    };
    match s.as_str() {
        "double" | "float" => Ok(vm.new_str("IEEE, little-endian")),
        _ => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

pub(super) static METHODS: &[MethodDef] = &[
    MethodDef { name: "conjugate", func: float_conjugate, flags: 0, sig: "($self, /)", doc: "Return self, the complex conjugate of any float." },
    MethodDef { name: "__trunc__", func: float_trunc, flags: 0, sig: "($self, /)", doc: "Return the Integral closest to x between 0 and x." },
    MethodDef { name: "__floor__", func: float_floor, flags: 0, sig: "($self, /)", doc: "Return the floor as an Integral." },
    MethodDef { name: "__ceil__", func: float_ceil, flags: 0, sig: "($self, /)", doc: "Return the ceiling as an Integral." },
    MethodDef { name: "__round__", func: float_round, flags: 0, sig: "($self, ndigits=None, /)", doc: "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)." },
    MethodDef { name: "as_integer_ratio", func: float_as_integer_ratio, flags: 0, sig: "($self, /)", doc: "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original float\nand with a positive denominator.\n\nRaise OverflowError on infinities and a ValueError on NaNs.\n\n>>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n>>> (-.25).as_integer_ratio()\n(-1, 4)" },
    MethodDef { name: "fromhex", func: float_fromhex, flags: mflags::CLASS, sig: "($type, string, /)", doc: "Create a floating-point number from a hexadecimal string.\n\n>>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324" },
    MethodDef { name: "hex", func: float_hex, flags: 0, sig: "($self, /)", doc: "Return a hexadecimal representation of a floating-point number.\n\n>>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'" },
    MethodDef { name: "is_integer", func: float_is_integer, flags: 0, sig: "($self, /)", doc: "Return True if the float is an integer." },
    MethodDef { name: "__getnewargs__", func: float_getnewargs, flags: 0, sig: "($self, /)", doc: "" },
    MethodDef { name: "__getformat__", func: float_getformat, flags: mflags::CLASS, sig: "($type, typestr, /)", doc: "You probably don't want to use this function.\n\n  typestr\n    Must be 'double' or 'float'.\n\nIt exists mainly to be used in Python's test suite.\n\nThis function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\nlittle-endian' best describes the format of floating point numbers used by the\nC type named by typestr." },
];
