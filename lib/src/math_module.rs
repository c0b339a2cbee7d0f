//! The `math` module: CPython 3.11's functions and constants, converting arguments the way
//! CPython does (`__float__`/`__index__`, `__ceil__`/`__floor__`/`__trunc__`, big ints for the
//! logarithms) around the numeric core in `crate::math`.

use crate::math::{self as m, ExceptionKind, MathError, MathResult};
use num_bigint::BigInt;
use rpy_vm::bytecode::BinOp;
use rpy_vm::objects::int::Int;
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::objects::typeobj::{tflags, type_data};
use rpy_vm::protocol::number::{as_float, as_int, binary_op};
use rpy_vm::protocol::{attr, seq};
use rpy_vm::{ObjRef, Payload, PyErr, PyResult, Value, Vm};

const DOC: &str = "This module provides access to the mathematical functions\ndefined by the C standard.";

// ----- errors and conversions --------------------------------------------------------------

fn merr(vm: &mut Vm, e: MathError) -> PyErr {
    match e.kind() {
        ExceptionKind::ValueError => vm.value_error(e.message()),
        ExceptionKind::OverflowError => vm.overflow_error(e.message()),
        ExceptionKind::ZeroDivisionError => vm.zero_division_error(e.message()),
    }
}

fn float_result(vm: &mut Vm, r: MathResult<f64>) -> PyResult<Value> {
    r.map(Value::Float).map_err(|e| merr(vm, e))
}

fn int_result(vm: &mut Vm, r: MathResult<BigInt>) -> PyResult<Value> {
    match r {
        Ok(b) => Ok(vm.new_int_big(b)),
        Err(e) => Err(merr(vm, e)),
    }
}

/// `operator.index(v)` as a BigInt.
fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    Ok(vm.to_index(v)?.to_big())
}

/// Whether `v` is exactly a float (not an instance of a subclass).
fn exact_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) if !type_data(&o.class()).has(tflags::HEAPTYPE) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is exactly an int or a bool (not an instance of a user subclass).
fn exact_int(v: &Value) -> Option<Int> {
    match v {
        Value::Int(_) | Value::Bool(_) => as_int(v),
        Value::Obj(o) => match &o.payload {
            Payload::Int(_) if !type_data(&o.class()).has(tflags::HEAPTYPE) => as_int(v),
            _ => None,
        },
        _ => None,
    }
}

// ----- argument checks ---------------------------------------------------------------------

/// METH_O: "math.sqrt() takes exactly one argument (0 given)".
fn arg1(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!("math.{name}() takes exactly one argument ({} given)", a.len())));
    }
    Ok(a.values[0].clone())
}

/// Positional-only fastcall: "atan2 expected 2 arguments, got 1".
fn argn<'a>(vm: &mut Vm, a: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    let n = a.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let what = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!("{name} expected {what}{min} argument{}, got {n}", plural(min))));
    }
    if n > max {
        let what = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!("{name} expected {what}{max} argument{}, got {n}", plural(max))));
    }
    Ok(a.pos())
}

/// `*args` functions (gcd, lcm, hypot): no keywords.
fn varargs<'a>(vm: &mut Vm, a: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    Ok(a.pos())
}

fn kw_name(vm: &Vm, k: &Value) -> String {
    match k {
        Value::Obj(o) => vm.str_of(o),
        _ => String::new(),
    }
}

// ----- one-float functions -----------------------------------------------------------------

macro_rules! float1 {
    ($($fname:ident = $pyname:literal => $f:expr;)*) => {
        $(fn $fname(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let v = arg1(vm, &a, $pyname)?;
            let x = vm.to_f64(&v)?;
            let r: MathResult<f64> = $f(x);
            float_result(vm, r)
        })*
    };
}

float1! {
    acos = "acos" => m::acos;
    acosh = "acosh" => m::acosh;
    asin = "asin" => m::asin;
    asinh = "asinh" => m::asinh;
    atan = "atan" => m::atan;
    atanh = "atanh" => m::atanh;
    cbrt = "cbrt" => m::cbrt;
    cos = "cos" => m::cos;
    cosh = "cosh" => m::cosh;
    degrees = "degrees" => |x| Ok(m::degrees(x));
    erf = "erf" => |x| Ok(m::erf(x));
    erfc = "erfc" => |x| Ok(m::erfc(x));
    exp = "exp" => m::exp;
    exp2 = "exp2" => m::exp2;
    expm1 = "expm1" => m::expm1;
    fabs = "fabs" => |x| Ok(m::fabs(x));
    gamma = "gamma" => m::gamma;
    lgamma = "lgamma" => m::lgamma;
    log1p = "log1p" => m::log1p;
    radians = "radians" => |x| Ok(m::radians(x));
    sin = "sin" => m::sin;
    sinh = "sinh" => m::sinh;
    sqrt = "sqrt" => m::sqrt;
    tan = "tan" => m::tan;
    tanh = "tanh" => m::tanh;
    ulp = "ulp" => |x| Ok(m::ulp(x));
}

macro_rules! float2 {
    ($($fname:ident = $pyname:literal => $f:expr;)*) => {
        $(fn $fname(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let p = argn(vm, &a, $pyname, 2, 2)?;
            let x = vm.to_f64(&p[0])?;
            let y = vm.to_f64(&p[1])?;
            let r: MathResult<f64> = $f(x, y);
            float_result(vm, r)
        })*
    };
}

float2! {
    atan2 = "atan2" => m::atan2;
    copysign = "copysign" => |x, y| Ok(m::copysign(x, y));
    fmod = "fmod" => m::fmod;
    nextafter = "nextafter" => |x, y| Ok(m::nextafter(x, y));
    pow = "pow" => m::pow;
    remainder = "remainder" => m::remainder;
}

macro_rules! predicate {
    ($($fname:ident = $pyname:literal => $f:expr;)*) => {
        $(fn $fname(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let v = arg1(vm, &a, $pyname)?;
            let x = vm.to_f64(&v)?;
            Ok(Value::Bool($f(x)))
        })*
    };
}

predicate! {
    isfinite = "isfinite" => m::isfinite;
    isinf = "isinf" => m::isinf;
    isnan = "isnan" => m::isnan;
}

// ----- logarithms --------------------------------------------------------------------------

/// CPython's `loghelper`: ints of any size are handled exactly, the rest goes through float.
fn loghelper(vm: &mut Vm, v: &Value, int_f: fn(&BigInt) -> MathResult<f64>, float_f: fn(f64) -> MathResult<f64>) -> PyResult<f64> {
    let r = match as_int(v) {
        Some(Int::Small(i)) if i > 0 => float_f(i as f64),
        Some(i) => int_f(&i.to_big()),
        None => {
            let x = vm.to_f64(v)?;
            float_f(x)
        }
    };
    r.map_err(|e| merr(vm, e))
}

fn log(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    let p = a.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &p[0], m::log_int, m::log)?;
    if p.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = loghelper(vm, &p[1], m::log_int, m::log)?;
    float_result(vm, m::log_ratio(num, den))
}

fn log2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = arg1(vm, &a, "log2")?;
    Ok(Value::Float(loghelper(vm, &v, m::log2_int, m::log2)?))
}

fn log10(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = arg1(vm, &a, "log10")?;
    Ok(Value::Float(loghelper(vm, &v, m::log10_int, m::log10)?))
}

// ----- rounding to integers ----------------------------------------------------------------

/// ceil/floor: exact floats and ints directly, otherwise `__ceil__`/`__floor__`, otherwise
/// through float.
fn rounding(vm: &mut Vm, a: Args, name: &str, dunder: &str, f: fn(f64) -> MathResult<BigInt>) -> PyResult<Value> {
    let v = arg1(vm, &a, name)?;
    if let Some(x) = exact_float(&v) {
        return int_result(vm, f(x));
    }
    if let Some(i) = exact_int(&v) {
        return Ok(rpy_vm::protocol::number::int_value(vm, i));
    }
    if let Some(method) = attr::lookup_special(vm, &v, dunder) {
        return vm.call(&method, &[v.clone()]);
    }
    if let Some(i) = as_int(&v) {
        return Ok(rpy_vm::protocol::number::int_value(vm, i));
    }
    let x = vm.to_f64(&v)?;
    int_result(vm, f(x))
}

fn ceil(vm: &mut Vm, a: Args) -> PyResult<Value> {
    rounding(vm, a, "ceil", "__ceil__", m::ceil)
}

fn floor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    rounding(vm, a, "floor", "__floor__", m::floor)
}

fn trunc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = arg1(vm, &a, "trunc")?;
    if let Some(x) = exact_float(&v) {
        return int_result(vm, m::trunc(x));
    }
    if let Some(i) = exact_int(&v) {
        return Ok(rpy_vm::protocol::number::int_value(vm, i));
    }
    if let Some(method) = attr::lookup_special(vm, &v, "__trunc__") {
        return vm.call(&method, &[v.clone()]);
    }
    // instances of int and float subclasses inherit __trunc__
    if let Some(i) = as_int(&v) {
        return Ok(rpy_vm::protocol::number::int_value(vm, i));
    }
    if let Some(x) = as_float(&v) {
        return int_result(vm, m::trunc(x));
    }
    let t = vm.type_of(&v);
    let n = crate::native_type::tp_name(vm, &t);
    Err(vm.type_error(format!("type {n} doesn't define __trunc__ method")))
}

// ----- float decomposition -----------------------------------------------------------------

fn frexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = arg1(vm, &a, "frexp")?;
    let x = vm.to_f64(&v)?;
    let (mant, e) = m::frexp(x);
    Ok(vm.new_tuple(vec![Value::Float(mant), Value::Int(e as i64)]))
}

fn modf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = arg1(vm, &a, "modf")?;
    let x = vm.to_f64(&v)?;
    let (frac, int) = m::modf(x);
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn ldexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = argn(vm, &a, "ldexp", 2, 2)?;
    let x = vm.to_f64(&p[0])?;
    let r = match as_int(&p[1]) {
        Some(Int::Small(i)) => m::ldexp(x, i),
        Some(Int::Big(b)) => m::ldexp_big(x, &b),
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    float_result(vm, r)
}

fn isclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    const NAMES: [&str; 4] = ["a", "b", "rel_tol", "abs_tol"];
    let pos = a.pos();
    let total = pos.len() + a.kwnames.len();
    if total > 4 {
        return Err(vm.type_error(format!("isclose() takes at most 4 arguments ({total} given)")));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", pos.len())));
    }
    let mut slots: [Option<Value>; 4] = [pos.first().cloned(), pos.get(1).cloned(), None, None];
    for (k, v) in a.kwargs() {
        let key = kw_name(vm, k);
        let Some(i) = NAMES.iter().position(|n| *n == key) else {
            return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for isclose()")));
        };
        if slots[i].is_some() {
            return Err(vm.type_error(format!("argument for isclose() given by name ('{key}') and position ({})", i + 1)));
        }
        slots[i] = Some(v.clone());
    }
    for (i, name) in NAMES.iter().enumerate().take(2) {
        if slots[i].is_none() {
            return Err(vm.type_error(format!("isclose() missing required argument '{name}' (pos {})", i + 1)));
        }
    }
    let mut vals = [0.0, 0.0, 1e-9, 0.0];
    for (i, s) in slots.iter().enumerate() {
        if let Some(v) = s {
            vals[i] = vm.to_f64(v)?;
        }
    }
    match m::isclose(vals[0], vals[1], vals[2], vals[3]) {
        Ok(b) => Ok(Value::Bool(b)),
        Err(e) => Err(merr(vm, e)),
    }
}

// ----- sums, products, norms ---------------------------------------------------------------

fn fsum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = arg1(vm, &a, "fsum")?;
    let it = seq::get_iter(vm, &v)?;
    let mut acc = m::Fsum::new();
    while let Some(item) = seq::next(vm, &it)? {
        let x = vm.to_f64(&item)?;
        acc.add(x).map_err(|e| merr(vm, e))?;
    }
    let r = acc.result();
    float_result(vm, r)
}

fn prod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let total = pos.len() + a.kwnames.len();
    if total > 2 {
        return Err(vm.type_error(format!("prod() takes at most 2 arguments ({total} given)")));
    }
    if pos.len() != 1 {
        return Err(vm.type_error(format!("prod() takes exactly 1 positional argument ({} given)", pos.len())));
    }
    let mut start = Value::Int(1);
    for (k, v) in a.kwargs() {
        let key = kw_name(vm, k);
        if key != "start" {
            return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for prod()")));
        }
        start = v.clone();
    }
    let it = seq::get_iter(vm, &pos[0])?;
    let mut acc = start;
    while let Some(item) = seq::next(vm, &it)? {
        acc = binary_op(vm, &acc, &item, BinOp::Multiply, false)?;
    }
    Ok(acc)
}

fn hypot(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = varargs(vm, &a, "hypot")?;
    let mut coords = Vec::with_capacity(p.len());
    for v in p {
        coords.push(vm.to_f64(v)?);
    }
    Ok(Value::Float(m::hypot(&coords)))
}

fn point(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => Ok(t.to_vec()),
            _ => seq::to_vec(vm, v),
        },
        _ => seq::to_vec(vm, v),
    }
}

fn dist(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let args = argn(vm, &a, "dist", 2, 2)?;
    let p = point(vm, &args[0])?;
    let q = point(vm, &args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let (mut ps, mut qs) = (Vec::with_capacity(p.len()), Vec::with_capacity(q.len()));
    for (x, y) in p.iter().zip(&q) {
        ps.push(vm.to_f64(x)?);
        qs.push(vm.to_f64(y)?);
    }
    float_result(vm, m::dist(&ps, &qs))
}

// ----- integer functions -------------------------------------------------------------------

fn gcd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = varargs(vm, &a, "gcd")?;
    let mut ints = Vec::with_capacity(p.len());
    for v in p {
        ints.push(index_big(vm, v)?);
    }
    Ok(vm.new_int_big(m::gcd(&ints)))
}

fn lcm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = varargs(vm, &a, "lcm")?;
    let mut ints = Vec::with_capacity(p.len());
    for v in p {
        ints.push(index_big(vm, v)?);
    }
    Ok(vm.new_int_big(m::lcm(&ints)))
}

fn factorial(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = arg1(vm, &a, "factorial")?;
    let n = index_big(vm, &v)?;
    int_result(vm, m::factorial(&n))
}

fn isqrt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = arg1(vm, &a, "isqrt")?;
    let n = index_big(vm, &v)?;
    int_result(vm, m::isqrt(&n))
}

fn comb(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = argn(vm, &a, "comb", 2, 2)?;
    let n = index_big(vm, &p[0])?;
    let k = index_big(vm, &p[1])?;
    int_result(vm, m::comb(&n, &k))
}

fn perm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = argn(vm, &a, "perm", 1, 2)?;
    let n = index_big(vm, &p[0])?;
    let k = match p.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(index_big(vm, v)?),
    };
    int_result(vm, m::perm(&n, k.as_ref()))
}

// ----- the module --------------------------------------------------------------------------

macro_rules! def {
    ($name:literal, $f:ident, $sig:literal, $doc:literal) => {
        MethodDef { name: $name, func: $f, flags: 0, sig: $sig, doc: $doc }
    };
}

static FUNCS: &[MethodDef] = &[
    def!("acos", acos, "($module, x, /)", "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi."),
    def!("acosh", acosh, "($module, x, /)", "Return the inverse hyperbolic cosine of x."),
    def!("asin", asin, "($module, x, /)", "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."),
    def!("asinh", asinh, "($module, x, /)", "Return the inverse hyperbolic sine of x."),
    def!("atan", atan, "($module, x, /)", "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."),
    def!("atan2", atan2, "($module, y, x, /)", "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered."),
    def!("atanh", atanh, "($module, x, /)", "Return the inverse hyperbolic tangent of x."),
    def!("cbrt", cbrt, "($module, x, /)", "Return the cube root of x."),
    def!("ceil", ceil, "($module, x, /)", "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x."),
    def!("comb", comb, "($module, n, k, /)", "Number of ways to choose k items from n items without repetition and without order.\n\nEvaluates to n! / (k! * (n - k)!) when k <= n and evaluates\nto zero when k > n.\n\nAlso called the binomial coefficient because it is equivalent\nto the coefficient of k-th term in polynomial expansion of the\nexpression (1 + x)**n.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative."),
    def!("copysign", copysign, "($module, x, y, /)", "Return a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n"),
    def!("cos", cos, "($module, x, /)", "Return the cosine of x (measured in radians)."),
    def!("cosh", cosh, "($module, x, /)", "Return the hyperbolic cosine of x."),
    def!("degrees", degrees, "($module, x, /)", "Convert angle x from radians to degrees."),
    def!("dist", dist, "($module, p, q, /)", "Return the Euclidean distance between two points p and q.\n\nThe points should be specified as sequences (or iterables) of\ncoordinates.  Both inputs must have the same dimension.\n\nRoughly equivalent to:\n    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))"),
    def!("erf", erf, "($module, x, /)", "Error function at x."),
    def!("erfc", erfc, "($module, x, /)", "Complementary error function at x."),
    def!("exp", exp, "($module, x, /)", "Return e raised to the power of x."),
    def!("exp2", exp2, "($module, x, /)", "Return 2 raised to the power of x."),
    def!("expm1", expm1, "($module, x, /)", "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x."),
    def!("fabs", fabs, "($module, x, /)", "Return the absolute value of the float x."),
    def!("factorial", factorial, "($module, n, /)", "Find n!.\n\nRaise a ValueError if x is negative or non-integral."),
    def!("floor", floor, "($module, x, /)", "Return the floor of x as an Integral.\n\nThis is the largest integer <= x."),
    def!("fmod", fmod, "($module, x, y, /)", "Return fmod(x, y), according to platform C.\n\nx % y may differ."),
    def!("frexp", frexp, "($module, x, /)", "Return the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0."),
    def!("fsum", fsum, "($module, seq, /)", "Return an accurate floating point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic."),
    def!("gamma", gamma, "($module, x, /)", "Gamma function at x."),
    def!("gcd", gcd, "($module, *integers)", "Greatest Common Divisor."),
    def!("hypot", hypot, "", "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point.\n\nRoughly equivalent to:\n    sqrt(sum(x**2 for x in coordinates))\n\nFor a two dimensional point (x, y), gives the hypotenuse\nusing the Pythagorean theorem:  sqrt(x*x + y*y).\n\nFor example, the hypotenuse of a 3/4/5 right triangle is:\n\n    >>> hypot(3.0, 4.0)\n    5.0\n"),
    def!("isclose", isclose, "($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)", "Determine whether two floating point numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them\nmust be smaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That\nis, NaN is not close to anything, even itself.  inf and -inf are\nonly close to themselves."),
    def!("isfinite", isfinite, "($module, x, /)", "Return True if x is neither an infinity nor a NaN, and False otherwise."),
    def!("isinf", isinf, "($module, x, /)", "Return True if x is a positive or negative infinity, and False otherwise."),
    def!("isnan", isnan, "($module, x, /)", "Return True if x is a NaN (not a number), and False otherwise."),
    def!("isqrt", isqrt, "($module, n, /)", "Return the integer part of the square root of the input."),
    def!("lcm", lcm, "($module, *integers)", "Least Common Multiple."),
    def!("ldexp", ldexp, "($module, x, i, /)", "Return x * (2**i).\n\nThis is essentially the inverse of frexp()."),
    def!("lgamma", lgamma, "($module, x, /)", "Natural logarithm of absolute value of Gamma function at x."),
    def!("log", log, "", "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of x."),
    def!("log10", log10, "($module, x, /)", "Return the base 10 logarithm of x."),
    def!("log1p", log1p, "($module, x, /)", "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero."),
    def!("log2", log2, "($module, x, /)", "Return the base 2 logarithm of x."),
    def!("modf", modf, "($module, x, /)", "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats."),
    def!("nextafter", nextafter, "($module, x, y, /)", "Return the next floating-point value after x towards y."),
    def!("perm", perm, "($module, n, k=None, /)", "Number of ways to choose k items from n items without repetition and with order.\n\nEvaluates to n! / (n - k)! when k <= n and evaluates\nto zero when k > n.\n\nIf k is not specified or is None, then k defaults to n\nand the function returns n!.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative."),
    def!("pow", pow, "($module, x, y, /)", "Return x**y (x to the power of y)."),
    def!("prod", prod, "($module, iterable, /, *, start=1)", "Calculate the product of all the elements in the input iterable.\n\nThe default start value for the product is 1.\n\nWhen the iterable is empty, return the start value.  This function is\nintended specifically for use with numeric values and may reject\nnon-numeric types."),
    def!("radians", radians, "($module, x, /)", "Convert angle x from degrees to radians."),
    def!("remainder", remainder, "($module, x, y, /)", "Difference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact."),
    def!("sin", sin, "($module, x, /)", "Return the sine of x (measured in radians)."),
    def!("sinh", sinh, "($module, x, /)", "Return the hyperbolic sine of x."),
    def!("sqrt", sqrt, "($module, x, /)", "Return the square root of x."),
    def!("tan", tan, "($module, x, /)", "Return the tangent of x (measured in radians)."),
    def!("tanh", tanh, "($module, x, /)", "Return the hyperbolic tangent of x."),
    def!("trunc", trunc, "($module, x, /)", "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method."),
    def!("ulp", ulp, "($module, x, /)", "Return the value of the least significant bit of the float x."),
];

/// Creates the `math` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = vm.new_module("math", Some(DOC));
    let Payload::Module { dict } = &module.payload else { unreachable!("a module") };
    let d = dict.clone();
    let mv = Some(Value::Obj(module.clone()));
    for def in FUNCS {
        let f = vm.new_builtin_fn(def, mv.clone());
        vm.dict_set_str(&d, def.name, f);
    }
    for (name, v) in [("pi", m::PI), ("e", m::E), ("tau", m::TAU), ("inf", m::INF), ("nan", m::NAN)] {
        let fv = vm.new_float(v);
        vm.dict_set_str(&d, name, fv);
    }
    Ok(module)
}
