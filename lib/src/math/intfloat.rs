//! Conversions between big ints and floats as CPython does them (`PyLong_AsDouble`, `_PyLong_Frexp`, `PyLong_FromDouble`), and `math.log`/`log2`/`log10` of ints.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

use super::float_funcs::{raw_log, raw_log10, raw_log2};
use super::{MathError, MathResult};

/// 2**k for -1022 <= k <= 1023, exactly.
fn pow2(k: i32) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// Round `mag` (non-zero) to a 64-bit value holding its top bits, with a
/// sticky bit for everything shifted out, so that a later `u64 -> f64`
/// conversion rounds correctly (half-even).  Returns `(top, shift)` with
/// `mag ~= top * 2**shift`.
fn top_bits_sticky(mag: &BigUint) -> (u64, u64) {
    let bits = mag.bits();
    if bits <= 64 {
        return (mag.to_u64().unwrap_or(0), 0);
    }
    let shift = bits - 64;
    let top = (mag >> shift).to_u64().unwrap_or(u64::MAX);
    let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
    (top | sticky as u64, shift)
}

/// `float(n)`: correctly rounded (half-even) conversion; OverflowError
/// `"int too large to convert to float"` if the result would be infinite.
pub fn int_to_f64(n: &BigInt) -> MathResult<f64> {
    if n.is_zero() {
        return Ok(0.0);
    }
    let (top, shift) = top_bits_sticky(n.magnitude());
    let overflow = MathError::Overflow("int too large to convert to float");
    if shift > 1024 {
        return Err(overflow);
    }
    let f = top as f64; // correct rounding thanks to the sticky bit
    let r = if shift == 0 {
        f
    } else {
        // f <= 2**64 and shift <= 1024: scale in two exact steps.
        let half = (shift / 2) as i32;
        f * pow2(half) * pow2(shift as i32 - half)
    };
    if r.is_infinite() {
        return Err(overflow);
    }
    Ok(if n.sign() == Sign::Minus { -r } else { r })
}

/// `_PyLong_Frexp`: for `n != 0`, `(x, e)` with `0.5 <= |x| < 1` and
/// `n ~= x * 2**e`, `x` correctly rounded to 53 bits.  Returns `(0.0, 0)` for 0.
pub fn int_frexp(n: &BigInt) -> (f64, u64) {
    if n.is_zero() {
        return (0.0, 0);
    }
    let mag = n.magnitude();
    let bits = mag.bits();
    let (top, shift) = top_bits_sticky(mag);
    // top has bit length (bits - shift); normalise to [0.5, 1].
    let top_len = bits - shift;
    let mut x = (top as f64) * pow2(-(top_len as i32));
    let mut e = bits;
    if x == 1.0 {
        x = 0.5;
        e += 1;
    }
    (if n.sign() == Sign::Minus { -x } else { x }, e)
}

/// CPython's `loghelper` for ints: non-positive -> ValueError; otherwise
/// `func(float(n))`, or `func(x) + func(2.0) * e` when `float(n)` overflows.
fn loghelper(n: &BigInt, func: fn(f64) -> f64) -> MathResult<f64> {
    if n.sign() != Sign::Plus {
        return Err(MathError::Domain);
    }
    match int_to_f64(n) {
        Ok(x) => Ok(func(x)),
        Err(_) => {
            let (x, e) = int_frexp(n);
            Ok(func(x) + func(2.0) * e as f64)
        }
    }
}

/// `math.log(n)` for an int `n` (any size).
pub fn log_int(n: &BigInt) -> MathResult<f64> {
    loghelper(n, raw_log)
}

/// `math.log2(n)` for an int `n` (any size).
pub fn log2_int(n: &BigInt) -> MathResult<f64> {
    loghelper(n, raw_log2)
}

/// `math.log10(n)` for an int `n` (any size).
pub fn log10_int(n: &BigInt) -> MathResult<f64> {
    loghelper(n, raw_log10)
}

/// `PyLong_FromDouble` for an integral-valued float (e.g. the result of
/// `floor`): exact conversion.  Non-integral inputs are truncated toward zero.
/// Errors: OverflowError `"cannot convert float infinity to integer"`,
/// ValueError `"cannot convert float NaN to integer"`.
pub fn float_to_int(x: f64) -> MathResult<BigInt> {
    if x.is_nan() {
        return Err(MathError::Value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(MathError::Overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < f64::from_bits(0x43e0_0000_0000_0000) {
        // |t| < 2**63
        return Ok(BigInt::from(t as i64));
    }
    // |t| >= 2**63: t = mantissa * 2**exp exactly, exp > 0.
    let bits = t.to_bits();
    let biased = (bits >> 52) & 0x7ff;
    let mantissa = (bits & 0x000f_ffff_ffff_ffff) | (1u64 << 52);
    let shift = biased - 1075;
    let mag = BigInt::from(mantissa) << shift;
    Ok(if t < 0.0 { -mag } else { mag })
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::One;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    // Expected values from CPython 3.11.
    #[test]
    fn to_float() {
        assert_eq!(int_to_f64(&big("9007199254740993")), Ok(9007199254740992.0));
        assert_eq!(int_to_f64(&big("9007199254740995")), Ok(9007199254740996.0));
        assert_eq!(int_to_f64(&big("-18446744073709551617")), Ok(-18446744073709551616.0));
        let max = float_to_int(f64::MAX).unwrap();
        assert_eq!(int_to_f64(&max), Ok(f64::MAX));
        let just_over = (BigInt::one() << 1024u32) - (BigInt::one() << 970u32);
        assert_eq!(int_to_f64(&just_over), Err(MathError::Overflow("int too large to convert to float")));
        let just_under = (BigInt::one() << 1024u32) - (BigInt::one() << 970u32) - 1;
        assert_eq!(int_to_f64(&just_under), Ok(f64::MAX));
    }

    #[test]
    fn int_logs() {
        assert_eq!(log_int(&BigInt::from(0)), Err(MathError::Domain));
        assert_eq!(log_int(&BigInt::from(-5)), Err(MathError::Domain));
        let p = BigInt::from(10).pow(400u32);
        assert_eq!(log10_int(&p), Ok(400.0));
        assert_eq!(log_int(&p).unwrap().to_bits(), 0x408cc845b54b54f1);
        assert_eq!(log2_int(&(BigInt::one() << 2000u32)), Ok(2000.0));
        assert_eq!(log2_int(&BigInt::from(1024)), Ok(10.0));
    }

    #[test]
    fn from_float() {
        assert_eq!(float_to_int(-0.0), Ok(BigInt::from(0)));
        assert_eq!(float_to_int(1e300).unwrap(), big(&format!("{:.0}", 1e300)));
        assert_eq!(float_to_int(-9.223_372_036_854_776e18).unwrap(), big("-9223372036854775808"));
        assert_eq!(float_to_int(2.5), Ok(BigInt::from(2)));
    }
}
