//! The builtin `float` type: its method table (arithmetic and comparison slot wrappers with
//! int operands converted, unary operations, hashing, repr/format) and getsets; construction
//! and the named methods live in the submodules.

pub mod methods;
pub mod new;
pub mod text;

use crate::types::int::wrap;
use rpy_vm::bytecode::{BinOp, CmpOp};
use rpy_vm::objects::hash;
use rpy_vm::objects::int::{self as intops, Int};
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::protocol::compare::{float_to_bigint, numeric_cmp};
use rpy_vm::protocol::number::{as_float, as_int, float_divmod, float_op, float_pow};
use rpy_vm::{PyResult, Value, Vm};

/// The value of `self` (args.values[0]) of a float method.
pub(crate) fn self_float(vm: &mut Vm, a: &Args, name: &str) -> PyResult<f64> {
    let v = a.values.first().cloned().unwrap_or(Value::None);
    match as_float(&v) {
        Some(f) => Ok(f),
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!("descriptor '{name}' requires a 'float' object but received a '{tn}'")))
        }
    }
}

/// An integral float as an int, with CPython's errors for infinities and NaN.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Int> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Int::Small(t as i64));
    }
    Ok(intops::normalize(float_to_bigint(t)))
}

/// A float operand of a float operation: floats, and ints converted (OverflowError if too
/// large); None for anything else (NotImplemented).
pub(crate) fn operand(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_float(v) {
        return Ok(Some(f));
    }
    match as_int(v) {
        Some(i) => Ok(Some(crate::types::int::int_to_f64(vm, &i)?)),
        None => Ok(None),
    }
}

// ----- binary arithmetic ------------------------------------------------------------------

fn binop(vm: &mut Vm, a: &Args, op: BinOp, rev: bool, name: &str) -> PyResult<Value> {
    let other = wrap::binary(vm, a, name)?;
    let x = self_float(vm, a, name)?;
    let Some(y) = operand(vm, &other)? else { return Ok(vm.not_implemented()) };
    let (l, r) = if rev { (y, x) } else { (x, y) };
    match float_op(vm, l, r, op) {
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
    float_add, "__add__", Add, false;
    float_radd, "__radd__", Add, true;
    float_sub, "__sub__", Subtract, false;
    float_rsub, "__rsub__", Subtract, true;
    float_mul, "__mul__", Multiply, false;
    float_rmul, "__rmul__", Multiply, true;
    float_floordiv, "__floordiv__", FloorDivide, false;
    float_rfloordiv, "__rfloordiv__", FloorDivide, true;
    float_truediv, "__truediv__", TrueDivide, false;
    float_rtruediv, "__rtruediv__", TrueDivide, true;
    float_mod, "__mod__", Remainder, false;
    float_rmod, "__rmod__", Remainder, true;
}

fn divmod_impl(vm: &mut Vm, a: &Args, rev: bool, name: &str) -> PyResult<Value> {
    let other = wrap::binary(vm, a, name)?;
    let x = self_float(vm, a, name)?;
    let Some(y) = operand(vm, &other)? else { return Ok(vm.not_implemented()) };
    let (l, r) = if rev { (y, x) } else { (x, y) };
    if r == 0.0 {
        return Err(vm.zero_division_error("float divmod()"));
    }
    let (q, m) = float_divmod(l, r);
    Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(m)]))
}

fn float_divmod_m(vm: &mut Vm, a: Args) -> PyResult<Value> {
    divmod_impl(vm, &a, false, "__divmod__")
}

fn float_rdivmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    divmod_impl(vm, &a, true, "__rdivmod__")
}

fn pow_impl(vm: &mut Vm, a: &Args, rev: bool, name: &str) -> PyResult<Value> {
    let (other, m) = wrap::ternary(vm, a, name)?;
    if m.is_some() {
        return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let x = self_float(vm, a, name)?;
    let Some(y) = operand(vm, &other)? else { return Ok(vm.not_implemented()) };
    let (l, r) = if rev { (y, x) } else { (x, y) };
    float_pow(vm, l, r)
}

fn float_pow_m(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pow_impl(vm, &a, false, "__pow__")
}

fn float_rpow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pow_impl(vm, &a, true, "__rpow__")
}

// ----- comparisons ------------------------------------------------------------------------

fn cmp(vm: &mut Vm, a: &Args, op: CmpOp) -> PyResult<Value> {
    let other = wrap::binary(vm, a, op.dunder())?;
    let this = a.values[0].clone();
    if as_float(&this).is_none() || (as_float(&other).is_none() && as_int(&other).is_none()) {
        return Ok(vm.not_implemented());
    }
    Ok(match numeric_cmp(&this, &other, op) {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented(),
    })
}

fn float_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Eq)
}
fn float_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Ne)
}
fn float_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Lt)
}
fn float_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Le)
}
fn float_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Gt)
}
fn float_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Ge)
}

// ----- unary operations -------------------------------------------------------------------

fn unary_float(vm: &mut Vm, a: &Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    wrap::unary(vm, a, name)?;
    let x = self_float(vm, a, name)?;
    Ok(Value::Float(f(x)))
}

fn float_neg(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unary_float(vm, &a, "__neg__", |x| -x)
}
fn float_pos(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unary_float(vm, &a, "__pos__", |x| x)
}
fn float_abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unary_float(vm, &a, "__abs__", f64::abs)
}
fn float_float(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unary_float(vm, &a, "__float__", |x| x)
}

fn float_bool(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::unary(vm, &a, "__bool__")?;
    let x = self_float(vm, &a, "__bool__")?;
    Ok(Value::Bool(x != 0.0))
}

fn float_int(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::unary(vm, &a, "__int__")?;
    let x = self_float(vm, &a, "__int__")?;
    let i = float_to_int(vm, x)?;
    Ok(rpy_vm::protocol::number::int_value(vm, i))
}

/// `hash(x)` of a float value held by `v` (NaN hashes by identity, like CPython).
pub(crate) fn hash_float(v: &Value, x: f64) -> i64 {
    match hash::hash_f64(x) {
        Some(h) => h,
        None => match v {
            Value::Obj(o) => hash::hash_pointer(o.addr()),
            _ => 0,
        },
    }
}

fn float_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::unary(vm, &a, "__hash__")?;
    let x = self_float(vm, &a, "__hash__")?;
    Ok(Value::Int(hash_float(&a.values[0], x)))
}

fn float_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::unary(vm, &a, "__repr__")?;
    let x = self_float(vm, &a, "__repr__")?;
    Ok(vm.new_string(rpy_vm::format::float_repr(x)))
}

fn float_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let spec = wrap::format_spec(vm, &a, "float.__format__")?;
    let this = a.values[0].clone();
    if spec.is_empty() {
        return vm.to_str(&this);
    }
    let x = self_float(vm, &a, "__format__")?;
    let tn = vm.type_name(&this);
    let r = rpy_vm::format::parse_spec(&spec, &tn).and_then(|s| rpy_vm::format::format_float(x, &s, &tn));
    match r {
        Ok(s) => Ok(vm.new_string(s)),
        Err(e) => Err(rpy_vm::protocol::format::map_err(vm, e)),
    }
}

// ----- getsets ----------------------------------------------------------------------------

fn get_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match as_float(v) {
        Some(f) => Ok(Value::Float(f)),
        None => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

fn get_imag(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Float(0.0))
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
        func: new::float_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef { name: "__repr__", func: float_repr, flags: 0, sig: SIG_UNARY, doc: "Return repr(self)." },
    MethodDef { name: "__hash__", func: float_hash, flags: 0, sig: SIG_UNARY, doc: "Return hash(self)." },
    MethodDef { name: "__format__", func: float_format, flags: 0, sig: "($self, format_spec, /)", doc: "Formats the float according to format_spec." },
    MethodDef { name: "__bool__", func: float_bool, flags: 0, sig: SIG_UNARY, doc: "True if self else False" },
    MethodDef { name: "__int__", func: float_int, flags: 0, sig: SIG_UNARY, doc: "int(self)" },
    MethodDef { name: "__float__", func: float_float, flags: 0, sig: SIG_UNARY, doc: "float(self)" },
    MethodDef { name: "__neg__", func: float_neg, flags: 0, sig: SIG_UNARY, doc: "-self" },
    MethodDef { name: "__pos__", func: float_pos, flags: 0, sig: SIG_UNARY, doc: "+self" },
    MethodDef { name: "__abs__", func: float_abs, flags: 0, sig: SIG_UNARY, doc: "abs(self)" },
    MethodDef { name: "__eq__", func: float_eq, flags: 0, sig: SIG_BINARY, doc: "Return self==value." },
    MethodDef { name: "__ne__", func: float_ne, flags: 0, sig: SIG_BINARY, doc: "Return self!=value." },
    MethodDef { name: "__lt__", func: float_lt, flags: 0, sig: SIG_BINARY, doc: "Return self<value." },
    MethodDef { name: "__le__", func: float_le, flags: 0, sig: SIG_BINARY, doc: "Return self<=value." },
    MethodDef { name: "__gt__", func: float_gt, flags: 0, sig: SIG_BINARY, doc: "Return self>value." },
    MethodDef { name: "__ge__", func: float_ge, flags: 0, sig: SIG_BINARY, doc: "Return self>=value." },
    MethodDef { name: "__add__", func: float_add, flags: 0, sig: SIG_BINARY, doc: "Return self+value." },
    MethodDef { name: "__radd__", func: float_radd, flags: 0, sig: SIG_BINARY, doc: "Return value+self." },
    MethodDef { name: "__sub__", func: float_sub, flags: 0, sig: SIG_BINARY, doc: "Return self-value." },
    MethodDef { name: "__rsub__", func: float_rsub, flags: 0, sig: SIG_BINARY, doc: "Return value-self." },
    MethodDef { name: "__mul__", func: float_mul, flags: 0, sig: SIG_BINARY, doc: "Return self*value." },
    MethodDef { name: "__rmul__", func: float_rmul, flags: 0, sig: SIG_BINARY, doc: "Return value*self." },
    MethodDef { name: "__floordiv__", func: float_floordiv, flags: 0, sig: SIG_BINARY, doc: "Return self//value." },
    MethodDef { name: "__rfloordiv__", func: float_rfloordiv, flags: 0, sig: SIG_BINARY, doc: "Return value//self." },
    MethodDef { name: "__truediv__", func: float_truediv, flags: 0, sig: SIG_BINARY, doc: "Return self/value." },
    MethodDef { name: "__rtruediv__", func: float_rtruediv, flags: 0, sig: SIG_BINARY, doc: "Return value/self." },
    MethodDef { name: "__mod__", func: float_mod, flags: 0, sig: SIG_BINARY, doc: "Return self%value." },
    MethodDef { name: "__rmod__", func: float_rmod, flags: 0, sig: SIG_BINARY, doc: "Return value%self." },
    MethodDef { name: "__divmod__", func: float_divmod_m, flags: 0, sig: SIG_BINARY, doc: "Return divmod(self, value)." },
    MethodDef { name: "__rdivmod__", func: float_rdivmod, flags: 0, sig: SIG_BINARY, doc: "Return divmod(value, self)." },
    MethodDef { name: "__pow__", func: float_pow_m, flags: 0, sig: SIG_POW, doc: "Return pow(self, value, mod)." },
    MethodDef { name: "__rpow__", func: float_rpow, flags: 0, sig: SIG_POW, doc: "Return pow(value, self, mod)." },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.float.clone();
    vm.add_methods(&t, METHODS);
    vm.add_methods(&t, methods::METHODS);
    vm.add_getsets(&t, GETSETS);
    let doc = vm.new_str("Convert a string or number to a floating point number, if possible.");
    vm.type_set_attr(&t, "__doc__", doc);
}
