//! The builtin `int` type: its method table (arithmetic and comparison slot wrappers, unary
//! operations, hashing, repr/format) and getsets; construction, the named methods and `bool`
//! live in the submodules.

pub mod bool;
pub mod methods;
pub mod new;
pub mod wrap;

use rpy_vm::bytecode::{BinOp, CmpOp};
use rpy_vm::objects::hash;
use rpy_vm::objects::int::{self as intops, Int};
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::protocol::compare::numeric_cmp;
use rpy_vm::protocol::number::{as_int, int_op, int_value};
use rpy_vm::{PyResult, Value, Vm};

/// The integer value of `self` (args.values[0]) of an int method.
pub(crate) fn self_int(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Int> {
    let v = a.values.first().cloned().unwrap_or(Value::None);
    match as_int(&v) {
        Some(i) => Ok(i),
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!("descriptor '{name}' requires a 'int' object but received a '{tn}'")))
        }
    }
}

// ----- binary arithmetic ------------------------------------------------------------------

/// `int.__op__(self, other)` (or the reflected `__rop__` when `rev`): NotImplemented unless
/// `other` is an int.
fn binop(vm: &mut Vm, a: &Args, op: BinOp, rev: bool, name: &str) -> PyResult<Value> {
    let other = wrap::binary(vm, a, name)?;
    let x = self_int(vm, a, name)?;
    let Some(y) = as_int(&other) else { return Ok(vm.not_implemented()) };
    let (l, r) = if rev { (y, x) } else { (x, y) };
    match int_op(vm, &l, &r, op) {
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
    int_add, "__add__", Add, false;
    int_radd, "__radd__", Add, true;
    int_sub, "__sub__", Subtract, false;
    int_rsub, "__rsub__", Subtract, true;
    int_mul, "__mul__", Multiply, false;
    int_rmul, "__rmul__", Multiply, true;
    int_floordiv, "__floordiv__", FloorDivide, false;
    int_rfloordiv, "__rfloordiv__", FloorDivide, true;
    int_truediv, "__truediv__", TrueDivide, false;
    int_rtruediv, "__rtruediv__", TrueDivide, true;
    int_mod, "__mod__", Remainder, false;
    int_rmod, "__rmod__", Remainder, true;
    int_lshift, "__lshift__", Lshift, false;
    int_rlshift, "__rlshift__", Lshift, true;
    int_rshift, "__rshift__", Rshift, false;
    int_rrshift, "__rrshift__", Rshift, true;
    int_and, "__and__", And, false;
    int_rand, "__rand__", And, true;
    int_or, "__or__", Or, false;
    int_ror, "__ror__", Or, true;
    int_xor, "__xor__", Xor, false;
    int_rxor, "__rxor__", Xor, true;
}

/// `divmod(x, y)` for two ints.
pub(crate) fn int_divmod_values(vm: &mut Vm, x: &Int, y: &Int) -> PyResult<Value> {
    let (Some(q), Some(r)) = (intops::floordiv(x, y), intops::modulo(x, y)) else {
        return Err(vm.zero_division_error("integer division or modulo by zero"));
    };
    let (q, r) = (int_value(vm, q), int_value(vm, r));
    Ok(vm.new_tuple(vec![q, r]))
}

fn divmod_impl(vm: &mut Vm, a: &Args, rev: bool, name: &str) -> PyResult<Value> {
    let other = wrap::binary(vm, a, name)?;
    let x = self_int(vm, a, name)?;
    let Some(y) = as_int(&other) else { return Ok(vm.not_implemented()) };
    if rev {
        int_divmod_values(vm, &y, &x)
    } else {
        int_divmod_values(vm, &x, &y)
    }
}

fn int_divmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    divmod_impl(vm, &a, false, "__divmod__")
}

fn int_rdivmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    divmod_impl(vm, &a, true, "__rdivmod__")
}

/// `pow(base, exp[, m])` for ints.
fn pow3(vm: &mut Vm, base: &Int, exp: &Int, m: Option<&Int>) -> PyResult<Value> {
    match m {
        None => match int_op(vm, base, exp, BinOp::Power) {
            Some(r) => r,
            None => Ok(vm.not_implemented()),
        },
        Some(m) => match intops::powmod(base, exp, m) {
            Ok(r) => Ok(int_value(vm, r)),
            Err(msg) => Err(vm.value_error(msg)),
        },
    }
}

fn pow_impl(vm: &mut Vm, a: &Args, rev: bool, name: &str) -> PyResult<Value> {
    let (other, m) = wrap::ternary(vm, a, name)?;
    let x = self_int(vm, a, name)?;
    let Some(y) = as_int(&other) else { return Ok(vm.not_implemented()) };
    let m = match &m {
        None => None,
        Some(mv) => match as_int(mv) {
            Some(mi) => Some(mi),
            None => return Ok(vm.not_implemented()),
        },
    };
    if rev {
        pow3(vm, &y, &x, m.as_ref())
    } else {
        pow3(vm, &x, &y, m.as_ref())
    }
}

fn int_pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pow_impl(vm, &a, false, "__pow__")
}

fn int_rpow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pow_impl(vm, &a, true, "__rpow__")
}

// ----- comparisons ------------------------------------------------------------------------

fn cmp(vm: &mut Vm, a: &Args, op: CmpOp) -> PyResult<Value> {
    let other = wrap::binary(vm, a, op.dunder())?;
    let this = a.values[0].clone();
    if as_int(&this).is_none() || as_int(&other).is_none() {
        return Ok(vm.not_implemented());
    }
    Ok(match numeric_cmp(&this, &other, op) {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented(),
    })
}

fn int_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Eq)
}
fn int_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Ne)
}
fn int_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Lt)
}
fn int_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Le)
}
fn int_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Gt)
}
fn int_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    cmp(vm, &a, CmpOp::Ge)
}

// ----- unary operations -------------------------------------------------------------------

/// A unary slot wrapper computing a new int from self's value.
fn unary_int(vm: &mut Vm, a: &Args, name: &str, f: fn(&Int) -> Int) -> PyResult<Value> {
    wrap::unary(vm, a, name)?;
    let x = self_int(vm, a, name)?;
    Ok(int_value(vm, f(&x)))
}

fn int_neg(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unary_int(vm, &a, "__neg__", intops::neg)
}
fn int_abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unary_int(vm, &a, "__abs__", intops::abs)
}
fn int_invert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unary_int(vm, &a, "__invert__", intops::invert)
}
fn int_pos(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unary_int(vm, &a, "__pos__", Int::clone)
}
fn int_int(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unary_int(vm, &a, "__int__", Int::clone)
}
fn int_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unary_int(vm, &a, "__index__", Int::clone)
}

fn int_bool(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::unary(vm, &a, "__bool__")?;
    let x = self_int(vm, &a, "__bool__")?;
    Ok(Value::Bool(!x.is_zero()))
}

/// `float(i)` with CPython's overflow error.
pub(crate) fn int_to_f64(vm: &mut Vm, x: &Int) -> PyResult<f64> {
    intops::to_f64(x).ok_or_else(|| vm.overflow_error("int too large to convert to float"))
}

fn int_float(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::unary(vm, &a, "__float__")?;
    let x = self_int(vm, &a, "__float__")?;
    Ok(Value::Float(int_to_f64(vm, &x)?))
}

fn int_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::unary(vm, &a, "__hash__")?;
    let x = self_int(vm, &a, "__hash__")?;
    Ok(Value::Int(match &x {
        Int::Small(i) => hash::hash_i64(*i),
        Int::Big(b) => hash::hash_bigint(b),
    }))
}

/// `repr(i)`: decimal digits, subject to `sys.set_int_max_str_digits()`.
pub(crate) fn int_to_decimal(vm: &mut Vm, x: &Int) -> PyResult<String> {
    match x {
        Int::Small(i) => Ok(i.to_string()),
        Int::Big(b) => {
            let s = b.to_string();
            let limit = vm.int_max_str_digits;
            let n = s.len() - usize::from(s.starts_with('-'));
            if limit > 0 && n > limit {
                return Err(vm.value_error(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            Ok(s)
        }
    }
}

fn int_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::unary(vm, &a, "__repr__")?;
    let x = self_int(vm, &a, "__repr__")?;
    let s = int_to_decimal(vm, &x)?;
    Ok(vm.new_string(s))
}

fn int_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let spec = wrap::format_spec(vm, &a, "int.__format__")?;
    let this = a.values[0].clone();
    if spec.is_empty() {
        return vm.to_str(&this);
    }
    let x = self_int(vm, &a, "__format__")?;
    let tn = vm.type_name(&this);
    let r = rpy_vm::format::parse_spec(&spec, &tn).and_then(|s| rpy_vm::format::format_int(&x.to_big(), &s, &tn));
    match r {
        Ok(s) => Ok(vm.new_string(s)),
        Err(e) => Err(rpy_vm::protocol::format::map_err(vm, e)),
    }
}

// ----- getsets ----------------------------------------------------------------------------

fn get_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match as_int(v) {
        Some(i) => Ok(int_value(vm, i)),
        None => Err(vm.type_error("descriptor requires an 'int' object")),
    }
}

fn get_zero(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn get_one(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(1))
}

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "real", get: get_self, set: None, doc: "the real part of a complex number" },
    GetSetDef { name: "imag", get: get_zero, set: None, doc: "the imaginary part of a complex number" },
    GetSetDef { name: "numerator", get: get_self, set: None, doc: "the numerator of a rational number in lowest terms" },
    GetSetDef { name: "denominator", get: get_one, set: None, doc: "the denominator of a rational number in lowest terms" },
];

const SIG_UNARY: &str = "($self, /)";
const SIG_BINARY: &str = "($self, value, /)";
const SIG_POW: &str = "($self, value, mod=None, /)";

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: new::int_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef { name: "__repr__", func: int_repr, flags: 0, sig: SIG_UNARY, doc: "Return repr(self)." },
    MethodDef { name: "__hash__", func: int_hash, flags: 0, sig: SIG_UNARY, doc: "Return hash(self)." },
    MethodDef { name: "__format__", func: int_format, flags: 0, sig: "($self, format_spec, /)", doc: "" },
    MethodDef { name: "__bool__", func: int_bool, flags: 0, sig: SIG_UNARY, doc: "True if self else False" },
    MethodDef { name: "__int__", func: int_int, flags: 0, sig: SIG_UNARY, doc: "int(self)" },
    MethodDef { name: "__float__", func: int_float, flags: 0, sig: SIG_UNARY, doc: "float(self)" },
    MethodDef {
        name: "__index__",
        func: int_index,
        flags: 0,
        sig: SIG_UNARY,
        doc: "Return self converted to an integer, if self is suitable for use as an index into a list.",
    },
    MethodDef { name: "__neg__", func: int_neg, flags: 0, sig: SIG_UNARY, doc: "-self" },
    MethodDef { name: "__pos__", func: int_pos, flags: 0, sig: SIG_UNARY, doc: "+self" },
    MethodDef { name: "__abs__", func: int_abs, flags: 0, sig: SIG_UNARY, doc: "abs(self)" },
    MethodDef { name: "__invert__", func: int_invert, flags: 0, sig: SIG_UNARY, doc: "~self" },
    MethodDef { name: "__eq__", func: int_eq, flags: 0, sig: SIG_BINARY, doc: "Return self==value." },
    MethodDef { name: "__ne__", func: int_ne, flags: 0, sig: SIG_BINARY, doc: "Return self!=value." },
    MethodDef { name: "__lt__", func: int_lt, flags: 0, sig: SIG_BINARY, doc: "Return self<value." },
    MethodDef { name: "__le__", func: int_le, flags: 0, sig: SIG_BINARY, doc: "Return self<=value." },
    MethodDef { name: "__gt__", func: int_gt, flags: 0, sig: SIG_BINARY, doc: "Return self>value." },
    MethodDef { name: "__ge__", func: int_ge, flags: 0, sig: SIG_BINARY, doc: "Return self>=value." },
    MethodDef { name: "__add__", func: int_add, flags: 0, sig: SIG_BINARY, doc: "Return self+value." },
    MethodDef { name: "__radd__", func: int_radd, flags: 0, sig: SIG_BINARY, doc: "Return value+self." },
    MethodDef { name: "__sub__", func: int_sub, flags: 0, sig: SIG_BINARY, doc: "Return self-value." },
    MethodDef { name: "__rsub__", func: int_rsub, flags: 0, sig: SIG_BINARY, doc: "Return value-self." },
    MethodDef { name: "__mul__", func: int_mul, flags: 0, sig: SIG_BINARY, doc: "Return self*value." },
    MethodDef { name: "__rmul__", func: int_rmul, flags: 0, sig: SIG_BINARY, doc: "Return value*self." },
    MethodDef { name: "__floordiv__", func: int_floordiv, flags: 0, sig: SIG_BINARY, doc: "Return self//value." },
    MethodDef { name: "__rfloordiv__", func: int_rfloordiv, flags: 0, sig: SIG_BINARY, doc: "Return value//self." },
    MethodDef { name: "__truediv__", func: int_truediv, flags: 0, sig: SIG_BINARY, doc: "Return self/value." },
    MethodDef { name: "__rtruediv__", func: int_rtruediv, flags: 0, sig: SIG_BINARY, doc: "Return value/self." },
    MethodDef { name: "__mod__", func: int_mod, flags: 0, sig: SIG_BINARY, doc: "Return self%value." },
    MethodDef { name: "__rmod__", func: int_rmod, flags: 0, sig: SIG_BINARY, doc: "Return value%self." },
    MethodDef { name: "__divmod__", func: int_divmod, flags: 0, sig: SIG_BINARY, doc: "Return divmod(self, value)." },
    MethodDef { name: "__rdivmod__", func: int_rdivmod, flags: 0, sig: SIG_BINARY, doc: "Return divmod(value, self)." },
    MethodDef { name: "__pow__", func: int_pow, flags: 0, sig: SIG_POW, doc: "Return pow(self, value, mod)." },
    MethodDef { name: "__rpow__", func: int_rpow, flags: 0, sig: SIG_POW, doc: "Return pow(value, self, mod)." },
    MethodDef { name: "__lshift__", func: int_lshift, flags: 0, sig: SIG_BINARY, doc: "Return self<<value." },
    MethodDef { name: "__rlshift__", func: int_rlshift, flags: 0, sig: SIG_BINARY, doc: "Return value<<self." },
    MethodDef { name: "__rshift__", func: int_rshift, flags: 0, sig: SIG_BINARY, doc: "Return self>>value." },
    MethodDef { name: "__rrshift__", func: int_rrshift, flags: 0, sig: SIG_BINARY, doc: "Return value>>self." },
    MethodDef { name: "__and__", func: int_and, flags: 0, sig: SIG_BINARY, doc: "Return self&value." },
    MethodDef { name: "__rand__", func: int_rand, flags: 0, sig: SIG_BINARY, doc: "Return value&self." },
    MethodDef { name: "__or__", func: int_or, flags: 0, sig: SIG_BINARY, doc: "Return self|value." },
    MethodDef { name: "__ror__", func: int_ror, flags: 0, sig: SIG_BINARY, doc: "Return value|self." },
    MethodDef { name: "__xor__", func: int_xor, flags: 0, sig: SIG_BINARY, doc: "Return self^value." },
    MethodDef { name: "__rxor__", func: int_rxor, flags: 0, sig: SIG_BINARY, doc: "Return value^self." },
];

const DOC: &str = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4";

pub fn init(vm: &mut Vm) {
    let t = vm.types.int.clone();
    vm.add_methods(&t, METHODS);
    vm.add_methods(&t, methods::METHODS);
    vm.add_getsets(&t, GETSETS);
    let doc = vm.new_str(DOC);
    vm.type_set_attr(&t, "__doc__", doc);
    bool::init(vm);
}
