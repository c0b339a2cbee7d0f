//! Float functions of `math` (libm wrappers, `pow`, `fmod`, `remainder`, `ldexp`, rounding, `isclose`, ...) with CPython 3.11's error rules.
//!
//! CPython wraps most libm functions in `math_1` / `math_2`:
//! * a NaN result from non-NaN input(s) raises `ValueError("math domain error")`;
//! * an infinite result from finite input(s) raises
//!   `OverflowError("math range error")` for functions that can overflow
//!   (`exp`, `exp2`, `expm1`, `sinh`, `cosh`, two-argument functions) and
//!   `ValueError("math domain error")` for the others (a singularity, e.g.
//!   `log(0)`, `atanh(1)`).
//!
//! Rust's `f64` methods used here (`exp`, `ln`, `sin`, `powf`, `%`, ...) call
//! the platform libm, exactly as CPython does, so results are bit-identical on
//! the same machine.  The few functions std computes itself (`asinh`, `acosh`,
//! `atanh`, `cbrt`) are routed through [`super::libm_compat`], and `fmod` is
//! exact whoever computes it.

use num_bigint::BigInt;

use super::intfloat::float_to_int;
use super::libm_compat;
use super::{MathError, MathResult};

/// CPython's `math_1` result check.
#[inline]
fn math_1(x: f64, r: f64, can_overflow: bool) -> MathResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { MathError::Range } else { MathError::Domain });
    }
    Ok(r)
}

/// CPython's `math_2` result check.
#[inline]
fn math_2(x: f64, y: f64, r: f64) -> MathResult<f64> {
    if r.is_nan() {
        if !x.is_nan() && !y.is_nan() {
            return Err(MathError::Domain);
        }
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// `math.sqrt(x)`
pub fn sqrt(x: f64) -> MathResult<f64> {
    math_1(x, x.sqrt(), false)
}

/// `math.cbrt(x)`
pub fn cbrt(x: f64) -> MathResult<f64> {
    math_1(x, libm_compat::cbrt(x), false)
}

/// `math.exp(x)`
pub fn exp(x: f64) -> MathResult<f64> {
    math_1(x, x.exp(), true)
}

/// `math.exp2(x)`
pub fn exp2(x: f64) -> MathResult<f64> {
    math_1(x, x.exp2(), true)
}

/// `math.expm1(x)`
pub fn expm1(x: f64) -> MathResult<f64> {
    math_1(x, x.exp_m1(), true)
}

/// CPython's `m_log`: log with the special values handled up front.
fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            x
        } else {
            f64::NAN
        }
    } else if x > 0.0 {
        x.log2()
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

fn m_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.log10()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// Natural log of a positive finite float, without error checks (used by the
/// big-int logarithm helpers).
pub(crate) fn raw_log(x: f64) -> f64 {
    m_log(x)
}
pub(crate) fn raw_log2(x: f64) -> f64 {
    m_log2(x)
}
pub(crate) fn raw_log10(x: f64) -> f64 {
    m_log10(x)
}

/// `math.log(x)` for a float `x` (natural logarithm).  For `int` arguments
/// use [`super::intfloat::log_int`], which handles huge ints.
pub fn log(x: f64) -> MathResult<f64> {
    math_1(x, m_log(x), false)
}

/// `math.log2(x)` for a float `x`.
pub fn log2(x: f64) -> MathResult<f64> {
    math_1(x, m_log2(x), false)
}

/// `math.log10(x)` for a float `x`.
pub fn log10(x: f64) -> MathResult<f64> {
    math_1(x, m_log10(x), false)
}

/// The final step of `math.log(x, base)`: `log(x) / log(base)` with Python's
/// float true division (`ZeroDivisionError("float division by zero")` when
/// `log(base) == 0`, i.e. `base == 1`).  The two logs come from [`log`] or
/// [`super::intfloat::log_int`], computed in that order (x first).
pub fn log_ratio(num: f64, den: f64) -> MathResult<f64> {
    if den == 0.0 {
        return Err(MathError::ZeroDivision("float division by zero"));
    }
    Ok(num / den)
}

/// `math.log(x, base)` for float `x` and `base`.
pub fn log_base(x: f64, base: f64) -> MathResult<f64> {
    let num = log(x)?;
    let den = log(base)?;
    log_ratio(num, den)
}

/// `math.log1p(x)`
pub fn log1p(x: f64) -> MathResult<f64> {
    // CPython's m_log1p returns zeros unchanged (sign preserved).
    let r = if x == 0.0 { x } else { x.ln_1p() };
    math_1(x, r, false)
}

/// `math.sin(x)`
pub fn sin(x: f64) -> MathResult<f64> {
    math_1(x, x.sin(), false)
}

/// `math.cos(x)`
pub fn cos(x: f64) -> MathResult<f64> {
    math_1(x, x.cos(), false)
}

/// `math.tan(x)`
pub fn tan(x: f64) -> MathResult<f64> {
    math_1(x, x.tan(), false)
}

/// `math.asin(x)`
pub fn asin(x: f64) -> MathResult<f64> {
    math_1(x, x.asin(), false)
}

/// `math.acos(x)`
pub fn acos(x: f64) -> MathResult<f64> {
    math_1(x, x.acos(), false)
}

/// `math.atan(x)`
pub fn atan(x: f64) -> MathResult<f64> {
    math_1(x, x.atan(), false)
}

/// CPython's `m_atan2`: C99 special values handled directly.
fn m_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() { (0.25 * PI).copysign(y) } else { (0.75 * PI).copysign(y) };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() { 0.0f64.copysign(y) } else { PI.copysign(y) };
    }
    y.atan2(x)
}

/// `math.atan2(y, x)`
pub fn atan2(y: f64, x: f64) -> MathResult<f64> {
    math_2(y, x, m_atan2(y, x))
}

/// `math.sinh(x)`
pub fn sinh(x: f64) -> MathResult<f64> {
    math_1(x, x.sinh(), true)
}

/// `math.cosh(x)`
pub fn cosh(x: f64) -> MathResult<f64> {
    math_1(x, x.cosh(), true)
}

/// `math.tanh(x)`
pub fn tanh(x: f64) -> MathResult<f64> {
    math_1(x, x.tanh(), false)
}

/// `math.asinh(x)`
pub fn asinh(x: f64) -> MathResult<f64> {
    math_1(x, libm_compat::asinh(x), false)
}

/// `math.acosh(x)`
pub fn acosh(x: f64) -> MathResult<f64> {
    math_1(x, libm_compat::acosh(x), false)
}

/// `math.atanh(x)`
pub fn atanh(x: f64) -> MathResult<f64> {
    math_1(x, libm_compat::atanh(x), false)
}

/// `math.fabs(x)` (never fails).
pub fn fabs(x: f64) -> f64 {
    x.abs()
}

/// `math.copysign(x, y)` (never fails).
pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// `math.pow(x, y)`: C99 special cases handled directly; `0.0 ** negative`
/// and `negative ** non-integer` raise `ValueError`, overflow raises
/// `OverflowError`.
pub fn pow(x: f64, y: f64) -> MathResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else {
            // y is infinite, x finite
            if x.abs() == 1.0 {
                1.0
            } else if y > 0.0 && x.abs() > 1.0 {
                y
            } else if y < 0.0 && x.abs() < 1.0 {
                -y
            } else {
                0.0
            }
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { MathError::Domain } else { MathError::Range });
    }
    Ok(r)
}

/// `math.fmod(x, y)`
pub fn fmod(x: f64, y: f64) -> MathResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::Domain);
    }
    Ok(r)
}

/// CPython's `m_remainder`: exact IEEE 754 remainder.
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        // Compare m with its complement instead of 0.5*absy, which might
        // not be representable.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Exactly half-way: pick the even multiple.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.remainder(x, y)`
pub fn remainder(x: f64, y: f64) -> MathResult<f64> {
    math_2(x, y, m_remainder(x, y))
}

/// `x * 2**n`, correctly rounded (C `scalbn`).
pub(crate) fn scalbn(x: f64, n: i32) -> f64 {
    let p1023 = f64::from_bits(0x7fe0_0000_0000_0000); // 2**1023
    let pm969 = f64::from_bits(0x0360_0000_0000_0000); // 2**-969
    let mut y = x;
    let mut n = n;
    if n > 1023 {
        y *= p1023;
        n -= 1023;
        if n > 1023 {
            y *= p1023;
            n -= 1023;
            if n > 1023 {
                n = 1023;
            }
        }
    } else if n < -1022 {
        // Step by 2**-969 so that a result that ends up subnormal is rounded
        // only once (the remaining exponent stays below -53).
        y *= pm969;
        n += 969;
        if n < -1022 {
            y *= pm969;
            n += 969;
            if n < -1022 {
                n = -1022;
            }
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

/// `math.ldexp(x, i)`.  CPython converts `i` with `PyLong_AsLongAndOverflow`
/// and saturates to `LONG_MIN`/`LONG_MAX`: the glue should pass an out-of-range
/// int as `i64::MIN`/`i64::MAX` (or use [`ldexp_big`]).
pub fn ldexp(x: f64, exp: i64) -> MathResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if exp > i32::MAX as i64 {
        return Err(MathError::Range);
    }
    if exp < i32::MIN as i64 {
        return Ok(0.0f64.copysign(x));
    }
    let r = scalbn(x, exp as i32);
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// `math.ldexp(x, i)` with an arbitrary-size int exponent.
pub fn ldexp_big(x: f64, exp: &BigInt) -> MathResult<f64> {
    use num_traits::{Signed, ToPrimitive};
    let e = exp.to_i64().unwrap_or(if exp.is_negative() { i64::MIN } else { i64::MAX });
    ldexp(x, e)
}

/// `math.frexp(x)` -> `(m, e)` with `0.5 <= |m| < 1` (or `(x, 0)` for zeros,
/// infinities and NaNs).  Never fails.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // subnormal: normalise first
        let (m, e) = frexp(x * f64::from_bits(0x43f0_0000_0000_0000)); // * 2**64
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & 0x800f_ffff_ffff_ffff) | (1022u64 << 52));
    (m, biased - 1022)
}

/// `math.modf(x)` -> `(fractional, integral)`, both with the sign of `x`.
/// Never fails.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let int_part = x.trunc();
    let frac = if int_part == x { 0.0 } else { x - int_part };
    (frac.copysign(x), int_part)
}

/// `math.floor(x)` for a float (`PyLong_FromDouble(floor(x))`).
pub fn floor(x: f64) -> MathResult<BigInt> {
    float_to_int(x.floor())
}

/// `math.ceil(x)` for a float.
pub fn ceil(x: f64) -> MathResult<BigInt> {
    float_to_int(x.ceil())
}

/// `math.trunc(x)` for a float (same as `int(x)`).
pub fn trunc(x: f64) -> MathResult<BigInt> {
    float_to_int(x.trunc())
}

/// `math.isfinite(x)`
pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

/// `math.isinf(x)`
pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

/// `math.isnan(x)`
pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> MathResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(MathError::Value("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

const RAD_TO_DEG: f64 = 180.0 / std::f64::consts::PI;
const DEG_TO_RAD: f64 = std::f64::consts::PI / 180.0;

/// `math.degrees(x)` (never fails; overflow gives inf like CPython).
pub fn degrees(x: f64) -> f64 {
    x * RAD_TO_DEG
}

/// `math.radians(x)` (never fails).
pub fn radians(x: f64) -> f64 {
    x * DEG_TO_RAD
}

/// `math.nextafter(x, y)` (C `nextafter`; never fails).
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    if (y > x) == (x > 0.0) {
        f64::from_bits(bits + 1)
    } else {
        f64::from_bits(bits - 1)
    }
}

/// `math.ulp(x)` (never fails).
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = nextafter(x, f64::NEG_INFINITY);
        return x - x2;
    }
    x2 - x
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(bits: u64) -> f64 {
        f64::from_bits(bits)
    }

    // Expected values taken from CPython 3.11 (python3 -c "import math; ...").
    #[test]
    fn math1_errors() {
        assert_eq!(sqrt(-1.0), Err(MathError::Domain));
        assert_eq!(sqrt(-0.0).unwrap().to_bits(), 0x8000000000000000);
        assert_eq!(exp(1000.0), Err(MathError::Range));
        assert_eq!(exp(-1000.0), Ok(0.0));
        assert_eq!(exp(f64::INFINITY), Ok(f64::INFINITY));
        assert_eq!(log(0.0), Err(MathError::Domain));
        assert_eq!(log(-1.0), Err(MathError::Domain));
        assert_eq!(log(f64::NEG_INFINITY), Err(MathError::Domain));
        assert!(log(f64::NAN).unwrap().is_nan());
        assert_eq!(log1p(-1.0), Err(MathError::Domain));
        assert_eq!(log1p(-0.0).unwrap().to_bits(), 0x8000000000000000);
        assert_eq!(sin(f64::INFINITY), Err(MathError::Domain));
        assert_eq!(atanh(1.0), Err(MathError::Domain));
        assert_eq!(acosh(0.0), Err(MathError::Domain));
        assert_eq!(cosh(1000.0), Err(MathError::Range));
        assert_eq!(expm1(1000.0), Err(MathError::Range));
        assert_eq!(log2(8.0), Ok(3.0));
        assert_eq!(log10(1000.0), Ok(3.0));
        assert_eq!(exp(1.0).unwrap().to_bits(), 0x4005bf0a8b145769);
    }

    #[test]
    fn log_with_base() {
        assert_eq!(log_base(8.0, 2.0), Ok(3.0));
        assert_eq!(log_base(8.0, 1.0), Err(MathError::ZeroDivision("float division by zero")));
        assert_eq!(log_base(0.0, 2.0), Err(MathError::Domain));
        assert_eq!(log_base(2.0, 0.0), Err(MathError::Domain));
        assert_eq!(log_base(100.0, 10.0).unwrap().to_bits(), 0x4000000000000000);
    }

    #[test]
    fn atan2_specials() {
        use std::f64::consts::PI;
        assert_eq!(atan2(0.0, -0.0), Ok(PI));
        assert_eq!(atan2(-0.0, -0.0), Ok(-PI));
        assert_eq!(atan2(f64::INFINITY, f64::NEG_INFINITY), Ok(0.75 * PI));
        assert_eq!(atan2(-1.0, f64::INFINITY).unwrap().to_bits(), 0x8000000000000000);
        assert!(atan2(f64::NAN, 1.0).unwrap().is_nan());
    }

    #[test]
    fn pow_cases() {
        assert_eq!(pow(0.0, -1.0), Err(MathError::Domain));
        assert_eq!(pow(-0.0, -3.0), Err(MathError::Domain));
        assert_eq!(pow(-1.0, f64::INFINITY), Ok(1.0));
        assert_eq!(pow(f64::INFINITY, 0.0), Ok(1.0));
        assert_eq!(pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(pow(1.0, f64::NAN), Ok(1.0));
        assert_eq!(pow(-2.0, 0.5), Err(MathError::Domain));
        assert_eq!(pow(10.0, 400.0), Err(MathError::Range));
        assert_eq!(pow(f64::NEG_INFINITY, 3.0), Ok(f64::NEG_INFINITY));
        assert_eq!(pow(f64::NEG_INFINITY, -3.0).unwrap().to_bits(), 0x8000000000000000);
        assert_eq!(pow(0.5, f64::NEG_INFINITY), Ok(f64::INFINITY));
        assert_eq!(pow(2.0, 0.5).unwrap().to_bits(), 0x3ff6a09e667f3bcd);
    }

    #[test]
    fn fmod_remainder() {
        assert_eq!(fmod(5.5, f64::INFINITY), Ok(5.5));
        assert_eq!(fmod(1.0, 0.0), Err(MathError::Domain));
        assert_eq!(fmod(f64::INFINITY, 1.0), Err(MathError::Domain));
        assert_eq!(fmod(-7.0, 3.0), Ok(-1.0));
        assert_eq!(remainder(5.0, 2.0), Ok(1.0));
        assert_eq!(remainder(7.0, 2.0), Ok(-1.0));
        assert_eq!(remainder(-5.0, 2.0).unwrap().to_bits(), h(0xbff0000000000000).to_bits());
        assert_eq!(remainder(1.0, 0.0), Err(MathError::Domain));
        assert_eq!(remainder(f64::INFINITY, 1.0), Err(MathError::Domain));
        assert_eq!(remainder(3.0, f64::INFINITY), Ok(3.0));
    }

    #[test]
    fn ldexp_frexp_modf() {
        assert_eq!(ldexp(1.0, 1024), Err(MathError::Range));
        assert_eq!(ldexp(1.0, -1075), Ok(0.0));
        assert_eq!(ldexp(1.0, -1074), Ok(h(1)));
        assert_eq!(ldexp(3.0, -1075), Ok(h(2))); // 1.5 ulp rounds to even
        assert_eq!(ldexp(-1.0, i64::MIN).unwrap().to_bits(), 0x8000000000000000);
        assert_eq!(ldexp(1.0, i64::MAX), Err(MathError::Range));
        assert_eq!(ldexp(f64::INFINITY, -5), Ok(f64::INFINITY));
        assert_eq!(ldexp(h(1), 1074), Ok(1.0));
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(h(1)), (0.5, -1073));
        assert_eq!(frexp(-0.0).0.to_bits(), 0x8000000000000000);
        assert_eq!(frexp(f64::INFINITY), (f64::INFINITY, 0));
        assert_eq!(modf(-3.5), (-0.5, -3.0));
        assert_eq!(modf(-3.0).0.to_bits(), 0x8000000000000000);
        assert_eq!(modf(f64::NEG_INFINITY).0.to_bits(), 0x8000000000000000);
    }

    #[test]
    fn rounding_to_int() {
        assert_eq!(floor(-2.5), Ok(BigInt::from(-3)));
        assert_eq!(ceil(-2.5), Ok(BigInt::from(-2)));
        assert_eq!(trunc(-2.5), Ok(BigInt::from(-2)));
        assert_eq!(floor(f64::INFINITY), Err(MathError::Overflow("cannot convert float infinity to integer")));
        assert_eq!(ceil(f64::NAN), Err(MathError::Value("cannot convert float NaN to integer")));
        assert_eq!(floor(1e20), Ok("100000000000000000000".parse::<BigInt>().unwrap()));
    }

    #[test]
    fn misc() {
        assert_eq!(isclose(1.0, 1.0 + 1e-10, 1e-9, 0.0), Ok(true));
        assert_eq!(isclose(1.0, 1.1, 1e-9, 0.0), Ok(false));
        assert_eq!(isclose(1.0, 1.0, -1.0, 0.0), Err(MathError::Value("tolerances must be non-negative")));
        assert_eq!(isclose(f64::INFINITY, f64::INFINITY, 0.0, 0.0), Ok(true));
        assert_eq!(isclose(f64::NAN, f64::NAN, 0.0, 0.0), Ok(false));
        assert_eq!(degrees(std::f64::consts::PI), 180.0);
        assert_eq!(radians(180.0), std::f64::consts::PI);
        assert_eq!(nextafter(0.0, -1.0).to_bits(), 0x8000000000000001);
        assert_eq!(nextafter(1.0, 2.0).to_bits(), 0x3ff0000000000001);
        assert_eq!(nextafter(0.0, -0.0).to_bits(), 0x8000000000000000);
        assert_eq!(nextafter(f64::MAX, f64::INFINITY), f64::INFINITY);
        assert_eq!(ulp(1.0), f64::EPSILON);
        assert_eq!(ulp(f64::MAX).to_bits(), 0x7ca0000000000000);
        assert_eq!(ulp(0.0).to_bits(), 1);
        assert_eq!(ulp(f64::NEG_INFINITY), f64::INFINITY);
    }
}
