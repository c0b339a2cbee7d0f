//! The named methods of `int`: `as_integer_ratio`, `bit_count`, `bit_length`, `conjugate`,
//! `to_bytes`, `from_bytes`, and `__round__`, `__trunc__`, `__floor__`, `__ceil__`,
//! `__getnewargs__`, `__sizeof__`.

use super::{self_int, wrap};
use crate::args::{self, Spec};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, Zero};
use rpy_vm::objects::int::{self as intops, Int};
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::protocol::number::{as_int, int_value};
use rpy_vm::protocol::seq;
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

/// A METH_NOARGS method returning `int(self)`.
fn copy_self(vm: &mut Vm, a: &Args, qualname: &str) -> PyResult<Value> {
    wrap::noargs(vm, a, qualname)?;
    let x = self_int(vm, a, qualname)?;
    Ok(int_value(vm, x))
}

fn int_trunc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    copy_self(vm, &a, "int.__trunc__")
}
fn int_floor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    copy_self(vm, &a, "int.__floor__")
}
fn int_ceil(vm: &mut Vm, a: Args) -> PyResult<Value> {
    copy_self(vm, &a, "int.__ceil__")
}
fn int_conjugate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    copy_self(vm, &a, "int.conjugate")
}

fn int_getnewargs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = copy_self(vm, &a, "int.__getnewargs__")?;
    Ok(vm.new_tuple(vec![v]))
}

fn int_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = copy_self(vm, &a, "int.as_integer_ratio")?;
    Ok(vm.new_tuple(vec![v, Value::Int(1)]))
}

fn int_bit_length(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::noargs(vm, &a, "int.bit_length")?;
    let x = self_int(vm, &a, "bit_length")?;
    Ok(Value::Int(intops::bit_length(&x) as i64))
}

fn int_bit_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::noargs(vm, &a, "int.bit_count")?;
    let x = self_int(vm, &a, "bit_count")?;
    let n: u64 = match &x {
        Int::Small(i) => i.unsigned_abs().count_ones() as u64,
        Int::Big(b) => b.magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum(),
    };
    Ok(Value::Int(n as i64))
}

fn int_sizeof(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::noargs(vm, &a, "int.__sizeof__")?;
    let x = self_int(vm, &a, "__sizeof__")?;
    // CPython: a header of 24 bytes plus at least one 30-bit digit of 4 bytes
    let digits = intops::bit_length(&x).div_ceil(30).max(1);
    Ok(Value::Int(24 + 4 * digits as i64))
}

/// `round(x, ndigits)` for an int: unchanged for ndigits >= 0, otherwise rounded half to
/// even to a multiple of 10**-ndigits.
fn int_round(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rest = wrap::positional(vm, &a, "int.__round__", "__round__", 0, 1)?;
    let x = self_int(vm, &a, "__round__")?;
    let Some(nd) = rest.first() else { return Ok(int_value(vm, x)) };
    let nd = vm.to_index(nd)?;
    if !nd.is_negative() {
        return Ok(int_value(vm, x));
    }
    let xb = x.to_big();
    // |x| < 10**(k-1) <= 10**k / 2 rounds to 0; this also bounds the power computed below
    let digits = xb.bits() * 30103 / 100000 + 2;
    let k = match intops::neg(&nd) {
        Int::Small(k) if (k as u64) <= digits => k as u32,
        _ => return Ok(Value::Int(0)),
    };
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (mut q, r) = xb.div_mod_floor(&p);
    let twice = r * 2;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1;
    }
    Ok(vm.new_int_big(q * p))
}

/// The `byteorder` argument of to_bytes/from_bytes: true for little-endian.
fn byteorder(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    let s = match v {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => vm.str_of(o),
        _ => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("{fname}() argument 'byteorder' must be str, not {tn}")));
        }
    };
    match s.as_str() {
        "big" => Ok(false),
        "little" => Ok(true),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn int_to_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = self_int(vm, &a, "to_bytes")?;
    let rest = Args::with_kw(&a.values[1..], a.kwnames);
    let b = args::bind(vm, &rest, &Spec { name: "to_bytes", params: &["length", "byteorder", "*", "signed"], required: 0 })?;
    let length = match &b[0] {
        Some(v) => {
            let n = args::expect_i64(vm, v)?;
            if n < 0 {
                return Err(vm.value_error("length argument must be non-negative"));
            }
            n as usize
        }
        None => 1,
    };
    let little = byteorder(vm, b[1].as_ref(), "to_bytes")?;
    let signed = match &b[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let xb = x.to_big();
    if xb.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut digits = if xb.is_zero() {
        Vec::new()
    } else if signed {
        xb.to_signed_bytes_be()
    } else {
        xb.to_bytes_be().1
    };
    if digits.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if xb.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length - digits.len()];
    out.append(&mut digits);
    if little {
        out.reverse();
    }
    Ok(vm.new_bytes(out))
}

/// `PyBytes_FromObject`: the bytes of a bytes-like object or of an iterable of ints.
pub(crate) fn bytes_from_object(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::Bytes(b) => return Ok(b.to_vec()),
            Payload::ByteArray(b) => return Ok(b.borrow().clone()),
            Payload::Str(_) => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")));
            }
            _ => {}
        }
    }
    let it = match seq::get_iter(vm, v) {
        Ok(it) => it,
        Err(e) => {
            let te = vm.types.type_error.clone();
            if e.0.with_class(|c| rpy_vm::objects::typeobj::is_subtype(c, &te)) {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")));
            }
            return Err(e);
        }
    };
    let mut out = Vec::new();
    while let Some(item) = seq::next(vm, &it)? {
        let n = match as_int(&item) {
            Some(i) => i,
            None => vm.to_index(&item)?,
        };
        match n {
            Int::Small(b) if (0..256).contains(&b) => out.push(b as u8),
            _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn int_from_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls: Option<ObjRef> = a.values.first().and_then(|v| v.as_obj().cloned());
    let rest = Args::with_kw(&a.values[1..], a.kwnames);
    let b = args::bind(vm, &rest, &Spec { name: "from_bytes", params: &["bytes", "byteorder", "*", "signed"], required: 1 })?;
    let src = b[0].clone().unwrap_or(Value::None);
    let little = byteorder(vm, b[1].as_ref(), "from_bytes")?;
    let signed = match &b[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut bytes = bytes_from_object(vm, &src)?;
    if little {
        bytes.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_be(&bytes) } else { BigInt::from_bytes_be(Sign::Plus, &bytes) };
    let v = vm.new_int_big(n);
    match cls {
        Some(c) if !c.is(&vm.types.int) => vm.call(&Value::Obj(c), &[v]),
        _ => Ok(v),
    }
}

pub(super) static METHODS: &[MethodDef] = &[
    MethodDef { name: "conjugate", func: int_conjugate, flags: 0, sig: "", doc: "Returns self, the complex conjugate of any int." },
    MethodDef { name: "bit_length", func: int_bit_length, flags: 0, sig: "($self, /)", doc: "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6" },
    MethodDef { name: "bit_count", func: int_bit_count, flags: 0, sig: "($self, /)", doc: "Number of ones in the binary representation of the absolute value of self.\n\nAlso known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3" },
    MethodDef { name: "to_bytes", func: int_to_bytes, flags: 0, sig: "($self, /, length=1, byteorder='big', *, signed=False)", doc: "Return an array of bytes representing an integer.\n\n  length\n    Length of bytes object to use.  An OverflowError is raised if the\n    integer is not representable with the given number of bytes.  Default\n    is length 1.\n  byteorder\n    The byte order used to represent the integer.  If byteorder is 'big',\n    the most significant byte is at the beginning of the byte array.  If\n    byteorder is 'little', the most significant byte is at the end of the\n    byte array.  To request the native byte order of the host system, use\n    `sys.byteorder' as the byte order value.  Default is to use 'big'.\n  signed\n    Determines whether two's complement is used to represent the integer.\n    If signed is False and a negative integer is given, an OverflowError\n    is raised." },
    MethodDef { name: "from_bytes", func: int_from_bytes, flags: mflags::CLASS, sig: "($type, /, bytes, byteorder='big', *, signed=False)", doc: "Return the integer represented by the given array of bytes.\n\n  bytes\n    Holds the array of bytes to convert.  The argument must either\n    support the buffer protocol or be an iterable object producing bytes.\n    Bytes and bytearray are examples of built-in objects that support the\n    buffer protocol.\n  byteorder\n    The byte order used to represent the integer.  If byteorder is 'big',\n    the most significant byte is at the beginning of the byte array.  If\n    byteorder is 'little', the most significant byte is at the end of the\n    byte array.  To request the native byte order of the host system, use\n    `sys.byteorder' as the byte order value.  Default is to use 'big'.\n  signed\n    Indicates whether two's complement is used to represent the integer." },
    MethodDef { name: "as_integer_ratio", func: int_as_integer_ratio, flags: 0, sig: "($self, /)", doc: "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original int\nand with a positive denominator.\n\n>>> (10).as_integer_ratio()\n(10, 1)\n>>> (-10).as_integer_ratio()\n(-10, 1)\n>>> (0).as_integer_ratio()\n(0, 1)" },
    MethodDef { name: "__trunc__", func: int_trunc, flags: 0, sig: "", doc: "Truncating an Integral returns itself." },
    MethodDef { name: "__floor__", func: int_floor, flags: 0, sig: "", doc: "Flooring an Integral returns itself." },
    MethodDef { name: "__ceil__", func: int_ceil, flags: 0, sig: "", doc: "Ceiling of an Integral returns itself." },
    MethodDef { name: "__round__", func: int_round, flags: 0, sig: "($self, ndigits=<unrepresentable>, /)", doc: "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer." },
    MethodDef { name: "__getnewargs__", func: int_getnewargs, flags: 0, sig: "($self, /)", doc: "" },
    MethodDef { name: "__sizeof__", func: int_sizeof, flags: 0, sig: "($self, /)", doc: "Returns size in memory, in bytes." },
];
