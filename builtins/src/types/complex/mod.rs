//! The builtin `complex` type: arithmetic slot wrappers with int/float operands, equality
//! (ordering is unsupported), `abs`, hashing, repr/format, `conjugate`, `__complex__` and the
//! `real`/`imag` getsets; construction lives in `new`.

pub mod new;

use crate::types::int::wrap;
use rpy_vm::bytecode::{BinOp, CmpOp};
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::protocol::compare::numeric_cmp;
use rpy_vm::protocol::number::{as_complex, as_float, as_int, complex_op};
use rpy_vm::{PyResult, Value, Vm};

/// The value of `self` (args.values[0]) of a complex method.
fn self_complex(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(f64, f64)> {
    let v = a.values.first().cloned().unwrap_or(Value::None);
    match as_complex(&v) {
        Some(c) => Ok(c),
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!("descriptor '{name}' requires a 'complex' object but received a '{tn}'")))
        }
    }
}

/// A complex operand: complex, float, or int (OverflowError if too large for a float); None
/// for anything else (NotImplemented).
fn operand(vm: &mut Vm, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some(c));
    }
    Ok(crate::types::float::operand(vm, v)?.map(|f| (f, 0.0)))
}

fn binop(vm: &mut Vm, a: &Args, op: BinOp, rev: bool, name: &str) -> PyResult<Value> {
    let other = wrap::binary(vm, a, name)?;
    let x = self_complex(vm, a, name)?;
    let Some(y) = operand(vm, &other)? else { return Ok(vm.not_implemented()) };
    let (l, r) = if rev { (y, x) } else { (x, y) };
    match complex_op(vm, l, r, op) {
        Some(res) => res,
        None => Ok(vm.not_implemented()),
    }
}

macro_rules! binops {
    ($($f:ident, $name:literal, $op:ident, $rev:literal;)*) => {
        $(fn $f(vm: &mut Vm, a: Args) -> PyResult<Value> {
            binop(vm, &a, BinOp::$op, $rev, $name)
        })*
    };
}

binops! {
    complex_add, "__add__", Add, false;
    complex_radd, "__radd__", Add, true;
    complex_sub, "__sub__", Subtract, false;
    complex_rsub, "__rsub__", Subtract, true;
    complex_mul, "__mul__", Multiply, false;
    complex_rmul, "__rmul__", Multiply, true;
    complex_truediv, "__truediv__", TrueDivide, false;
    complex_rtruediv, "__rtruediv__", TrueDivide, true;
}

fn pow_impl(vm: &mut Vm, a: &Args, rev: bool, name: &str) -> PyResult<Value> {
    let (other, m) = wrap::ternary(vm, a, name)?;
    let x = self_complex(vm, a, name)?;
    let Some(y) = operand(vm, &other)? else { return Ok(vm.not_implemented()) };
    if m.is_some() {
        return Err(vm.value_error("complex modulo"));
    }
    let (l, r) = if rev { (y, x) } else { (x, y) };
    match complex_op(vm, l, r, BinOp::Power) {
        Some(res) => res,
        None => Ok(vm.not_implemented()),
    }
}

fn complex_pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pow_impl(vm, &a, false, "__pow__")
}

fn complex_rpow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pow_impl(vm, &a, true, "__rpow__")
}

// ----- comparisons ------------------------------------------------------------------------

fn cmp(vm: &mut Vm, a: &Args, op: CmpOp) -> PyResult<Value> {
    let other = wrap::binary(vm, a, op.dunder())?;
    let (re, im) = self_complex(vm, a, op.dunder())?;
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.not_implemented());
    }
    let equal = if as_int(&other).is_some() {
        // exact int comparison of the real part
        im == 0.0 && numeric_cmp(&Value::Float(re), &other, CmpOp::Eq).unwrap_or(false)
    } else if let Some(f) = as_float(&other) {
        re == f && im == 0.0
    } else if let Some((r2, i2)) = as_complex(&other) {
        re == r2 && im == i2
    } else {
        return Ok(vm.not_implemented());
    };
    Ok(Value::Bool(equal == (op == CmpOp::Eq)))
}

fn complex_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Eq)
}
fn complex_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Ne)
}
fn complex_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Lt)
}
fn complex_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Le)
}
fn complex_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Gt)
}
fn complex_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Ge)
}

// ----- unary operations -------------------------------------------------------------------

fn unary(vm: &mut Vm, a: &Args, name: &str, f: fn((f64, f64)) -> (f64, f64)) -> PyResult<Value> {
    wrap::unary(vm, a, name)?;
    let (re, im) = f(self_complex(vm, a, name)?);
    Ok(vm.new_complex(re, im))
}

fn complex_neg(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unary(vm, &a, "__neg__", |(r, i)| (-r, -i))
}
fn complex_pos(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unary(vm, &a, "__pos__", |c| c)
}

fn complex_conjugate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::noargs(vm, &a, "complex.conjugate")?;
    let (re, im) = self_complex(vm, &a, "conjugate")?;
    Ok(vm.new_complex(re, -im))
}

fn complex_complex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::noargs(vm, &a, "complex.__complex__")?;
    let this = a.values[0].clone();
    if let Value::Obj(o) = &this {
        if o.class().is(&vm.types.complex) {
            return Ok(this);
        }
    }
    let (re, im) = self_complex(vm, &a, "__complex__")?;
    Ok(vm.new_complex(re, im))
}

fn complex_bool(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::unary(vm, &a, "__bool__")?;
    let (re, im) = self_complex(vm, &a, "__bool__")?;
    Ok(Value::Bool(re != 0.0 || im != 0.0))
}

fn complex_abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::unary(vm, &a, "__abs__")?;
    let (re, im) = self_complex(vm, &a, "__abs__")?;
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(Value::Float(r))
}

fn complex_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::unary(vm, &a, "__hash__")?;
    let (re, im) = self_complex(vm, &a, "__hash__")?;
    let this = &a.values[0];
    let hr = crate::types::float::hash_float(this, re) as u64;
    let hi = crate::types::float::hash_float(this, im) as u64;
    let h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn complex_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::unary(vm, &a, "__repr__")?;
    let (re, im) = self_complex(vm, &a, "__repr__")?;
    Ok(vm.new_string(rpy_vm::format::complex_repr(re, im)))
}

fn complex_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let spec = wrap::format_spec(vm, &a, "complex.__format__")?;
    let this = a.values[0].clone();
    if spec.is_empty() {
        return vm.to_str(&this);
    }
    let (re, im) = self_complex(vm, &a, "__format__")?;
    let tn = vm.type_name(&this);
    let r = rpy_vm::format::parse_spec(&spec, &tn).and_then(|s| rpy_vm::format::format_complex(re, im, &s, &tn));
    match r {
        Ok(s) => Ok(vm.new_string(s)),
        Err(e) => Err(rpy_vm::protocol::format::map_err(vm, e)),
    }
}

fn complex_getnewargs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::noargs(vm, &a, "complex.__getnewargs__")?;
    let (re, im) = self_complex(vm, &a, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(re), Value::Float(im)]))
}

// ----- getsets ----------------------------------------------------------------------------

fn get_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match as_complex(v) {
        Some((re, _)) => Ok(Value::Float(re)),
        None => Err(vm.type_error("descriptor requires a 'complex' object")),
    }
}

fn get_imag(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match as_complex(v) {
        Some((_, im)) => Ok(Value::Float(im)),
        None => Err(vm.type_error("descriptor requires a 'complex' object")),
    }
}

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "real", get: get_real, set: None, doc: "the real part of a complex number" },
    GetSetDef { name: "imag", get: get_imag, set: None, doc: "the imaginary part of a complex number" },
];

const SIG_UNARY: &str = "($self, /)";
const SIG_BINARY: &str = "($self, value, /)";
const SIG_POW: &str = "($self, value, mod=None, /)";

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: new::complex_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef { name: "__repr__", func: complex_repr, flags: 0, sig: SIG_UNARY, doc: "Return repr(self)." },
    MethodDef { name: "__hash__", func: complex_hash, flags: 0, sig: SIG_UNARY, doc: "Return hash(self)." },
    MethodDef { name: "__format__", func: complex_format, flags: 0, sig: "($self, format_spec, /)", doc: "Convert to a string according to format_spec." },
    MethodDef { name: "__bool__", func: complex_bool, flags: 0, sig: SIG_UNARY, doc: "True if self else False" },
    MethodDef { name: "__abs__", func: complex_abs, flags: 0, sig: SIG_UNARY, doc: "abs(self)" },
    MethodDef { name: "__neg__", func: complex_neg, flags: 0, sig: SIG_UNARY, doc: "-self" },
    MethodDef { name: "__pos__", func: complex_pos, flags: 0, sig: SIG_UNARY, doc: "+self" },
    MethodDef { name: "__complex__", func: complex_complex, flags: 0, sig: "($self, /)", doc: "Convert this value to exact type complex." },
    MethodDef {
        name: "conjugate",
        func: complex_conjugate,
        flags: 0,
        sig: "($self, /)",
        doc: "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.",
    },
    MethodDef { name: "__getnewargs__", func: complex_getnewargs, flags: 0, sig: "($self, /)", doc: "" },
    MethodDef { name: "__eq__", func: complex_eq, flags: 0, sig: SIG_BINARY, doc: "Return self==value." },
    MethodDef { name: "__ne__", func: complex_ne, flags: 0, sig: SIG_BINARY, doc: "Return self!=value." },
    MethodDef { name: "__lt__", func: complex_lt, flags: 0, sig: SIG_BINARY, doc: "Return self<value." },
    MethodDef { name: "__le__", func: complex_le, flags: 0, sig: SIG_BINARY, doc: "Return self<=value." },
    MethodDef { name: "__gt__", func: complex_gt, flags: 0, sig: SIG_BINARY, doc: "Return self>value." },
    MethodDef { name: "__ge__", func: complex_ge, flags: 0, sig: SIG_BINARY, doc: "Return self>=value." },
    MethodDef { name: "__add__", func: complex_add, flags: 0, sig: SIG_BINARY, doc: "Return self+value." },
    MethodDef { name: "__radd__", func: complex_radd, flags: 0, sig: SIG_BINARY, doc: "Return value+self." },
    MethodDef { name: "__sub__", func: complex_sub, flags: 0, sig: SIG_BINARY, doc: "Return self-value." },
    MethodDef { name: "__rsub__", func: complex_rsub, flags: 0, sig: SIG_BINARY, doc: "Return value-self." },
    MethodDef { name: "__mul__", func: complex_mul, flags: 0, sig: SIG_BINARY, doc: "Return self*value." },
    MethodDef { name: "__rmul__", func: complex_rmul, flags: 0, sig: SIG_BINARY, doc: "Return value*self." },
    MethodDef { name: "__truediv__", func: complex_truediv, flags: 0, sig: SIG_BINARY, doc: "Return self/value." },
    MethodDef { name: "__rtruediv__", func: complex_rtruediv, flags: 0, sig: SIG_BINARY, doc: "Return value/self." },
    MethodDef { name: "__pow__", func: complex_pow, flags: 0, sig: SIG_POW, doc: "Return pow(self, value, mod)." },
    MethodDef { name: "__rpow__", func: complex_rpow, flags: 0, sig: SIG_POW, doc: "Return pow(value, self, mod)." },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.complex.clone();
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
    let doc = vm.new_str(
        "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.",
    );
    vm.type_set_attr(&t, "__doc__", doc);
}
