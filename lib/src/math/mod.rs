//! Numeric core of CPython 3.11's `math` module: error type, constants and re-exports.
//!
//! Everything in this module is plain Rust mathematics on `f64` and
//! `num_bigint::BigInt`; converting Python objects (`__index__`, `__float__`,
//! `__floor__`, ...) is the job of the Python-facing glue.  Every function
//! reproduces CPython 3.11's results (bit-for-bit for floats on x86-64 Linux,
//! where the platform libm is glibc) and its error behaviour, reported as a
//! [`MathError`] that maps one-to-one onto the Python exception to raise.
//!
//! Layout:
//! * [`float_funcs`] - the libm wrappers (`sqrt`, `exp`, `log`, trig, `pow`,
//!   `fmod`, `remainder`, `ldexp`, `frexp`, `modf`, `floor`/`ceil`/`trunc`,
//!   `isclose`, `nextafter`, `ulp`, ...) with CPython's `math_1`/`math_2` rules.
//! * [`hypot`] - n-ary `hypot` and `dist` (CPython's `vector_norm`).
//! * [`special`] - `gamma`, `lgamma` (CPython's Lanczos code), `erf`, `erfc`.
//! * [`fsum`] - Shewchuk/Hettinger exact summation.
//! * [`integer`] - `factorial`, `isqrt`, `gcd`, `lcm`, `comb`, `perm`.
//! * [`intfloat`] - int <-> float conversions and logarithms of big ints
//!   (`math.log(10**400)` etc.).
//! * [`libm_compat`] - pure-Rust ports of the glibc kernels that Rust's std
//!   does not expose as libm calls (`asinh`, `acosh`, `atanh`, `erf`, `erfc`).

pub mod float_funcs;
pub mod fsum;
pub mod hypot;
pub mod integer;
pub mod intfloat;
pub mod libm_compat;
pub mod special;

use std::fmt;

/// An error raised by a `math` function, naming the Python exception exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MathError {
    /// `ValueError("math domain error")`
    Domain,
    /// `OverflowError("math range error")`
    Range,
    /// `ValueError(msg)` with a function-specific message.
    Value(&'static str),
    /// `OverflowError(msg)` with a function-specific message.
    Overflow(&'static str),
    /// `ZeroDivisionError(msg)`; only `math.log(x, 1)` produces it
    /// (`"float division by zero"`).
    ZeroDivision(&'static str),
}

/// The Python exception class a [`MathError`] maps to.
#[allow(clippy::enum_variant_names)] // named after the Python classes
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExceptionKind {
    ValueError,
    OverflowError,
    ZeroDivisionError,
}

impl MathError {
    /// Which Python exception class to raise.
    pub fn kind(&self) -> ExceptionKind {
        match self {
            MathError::Domain | MathError::Value(_) => ExceptionKind::ValueError,
            MathError::Range | MathError::Overflow(_) => ExceptionKind::OverflowError,
            MathError::ZeroDivision(_) => ExceptionKind::ZeroDivisionError,
        }
    }

    /// The exception message, exactly as CPython 3.11 spells it.
    pub fn message(&self) -> &'static str {
        match self {
            MathError::Domain => "math domain error",
            MathError::Range => "math range error",
            MathError::Value(m) | MathError::Overflow(m) | MathError::ZeroDivision(m) => m,
        }
    }
}

impl fmt::Display for MathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.kind() {
            ExceptionKind::ValueError => "ValueError",
            ExceptionKind::OverflowError => "OverflowError",
            ExceptionKind::ZeroDivisionError => "ZeroDivisionError",
        };
        write!(f, "{}: {}", name, self.message())
    }
}

impl std::error::Error for MathError {}

/// Result of a `math` function.
pub type MathResult<T> = Result<T, MathError>;

/// `math.pi`
pub const PI: f64 = std::f64::consts::PI;
/// `math.e`
pub const E: f64 = std::f64::consts::E;
/// `math.tau`
pub const TAU: f64 = std::f64::consts::TAU;
/// `math.inf`
pub const INF: f64 = f64::INFINITY;
/// `math.nan` (the positive quiet NaN 0x7ff8000000000000, like CPython's).
pub const NAN: f64 = f64::NAN;

pub use float_funcs::{
    acos, acosh, asin, asinh, atan, atan2, atanh, cbrt, ceil, copysign, cos, cosh, degrees, exp, exp2, expm1, fabs, floor, fmod, frexp, isclose, isfinite,
    isinf, isnan, ldexp, ldexp_big, log, log10, log1p, log2, log_base, log_ratio, modf, nextafter, pow, radians, remainder, sin, sinh, sqrt, tan, tanh, trunc,
    ulp,
};
pub use fsum::{fsum, Fsum};
pub use hypot::{dist, hypot};
pub use integer::{comb, factorial, gcd, isqrt, lcm, perm};
pub use intfloat::{float_to_int, int_frexp, int_to_f64, log10_int, log2_int, log_int};
pub use special::{erf, erfc, gamma, lgamma};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_match_cpython() {
        assert_eq!(PI.to_bits(), 0x400921fb54442d18);
        assert_eq!(E.to_bits(), 0x4005bf0a8b145769);
        assert_eq!(TAU.to_bits(), 0x401921fb54442d18);
        assert!(INF.is_infinite() && INF > 0.0);
        assert_eq!(NAN.to_bits(), 0x7ff8000000000000);
    }

    #[test]
    fn error_messages() {
        assert_eq!(MathError::Domain.message(), "math domain error");
        assert_eq!(MathError::Range.kind(), ExceptionKind::OverflowError);
        assert_eq!(MathError::Range.to_string(), "OverflowError: math range error");
        assert_eq!(MathError::Value("tolerances must be non-negative").kind(), ExceptionKind::ValueError);
    }
}
