//! Special functions of `math`: `gamma` and `lgamma` (CPython 3.11's own Lanczos approximation) and `erf`/`erfc` (glibc's algorithm).

// Coefficients are transcribed digit for digit from CPython (computed with MPFR).
#![allow(clippy::excessive_precision)]

use super::libm_compat;
use super::{MathError, MathResult};
use std::f64::consts::PI;

const LOGPI: f64 = 1.144729885849400174143427351353058711647;

const LANCZOS_N: usize = 13;
const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
// Numerator coefficients of the Lanczos sum written as a rational function
// (N=13, g as above, the parameter set also used by Boost).
const LANCZOS_NUM_COEFFS: [f64; LANCZOS_N] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
// Denominator: x*(x+1)*...*(x+11) expanded.
const LANCZOS_DEN_COEFFS: [f64; LANCZOS_N] =
    [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];

/// Exact gamma values for 1..=23.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// The Lanczos sum L_g(x) for x > 0, evaluated in x (small x) or 1/x (large x).
fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0f64;
    let mut den = 0.0f64;
    if x < 5.0 {
        for i in (0..LANCZOS_N).rev() {
            num = num * x + LANCZOS_NUM_COEFFS[i];
            den = den * x + LANCZOS_DEN_COEFFS[i];
        }
    } else {
        for i in 0..LANCZOS_N {
            num = num / x + LANCZOS_NUM_COEFFS[i];
            den = den / x + LANCZOS_DEN_COEFFS[i];
        }
    }
    num / den
}

/// sin(pi*x) for finite x, accurate near integers.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // not -sin(pi*(y-1.0)): that would give -0.0 at y == 1.0
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// The errno-style outcome of CPython's `m_tgamma` / `m_lgamma`.
enum Errno {
    None,
    Dom,
    Range,
}

/// CPython's `math_1a` + `is_error`: EDOM -> ValueError; ERANGE -> OverflowError
/// unless |r| < 1.5 (an underflow, ignored).
fn math_1a(r: f64, errno: Errno) -> MathResult<f64> {
    match errno {
        Errno::None => Ok(r),
        Errno::Dom => Err(MathError::Domain),
        Errno::Range if r.abs() < 1.5 => Ok(r),
        Errno::Range => Err(MathError::Range),
    }
}

fn m_tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::None); // gamma(nan) = nan, gamma(inf) = inf
        }
        return (f64::NAN, Errno::Dom); // gamma(-inf)
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom); // poles at negative integers
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::None);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        let e = if r.is_infinite() { Errno::Range } else { Errno::None };
        return (r, e);
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), Errno::None);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // z = the rounding error in y, scaled: a cheap correction factor.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    let e = if r.is_infinite() { Errno::Range } else { Errno::None };
    (r, e)
}

fn m_lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::None);
        }
        return (f64::INFINITY, Errno::None); // lgamma(+-inf) = +inf
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom); // poles
        }
        return (0.0, Errno::None); // lgamma(1) = lgamma(2) = 0
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::None);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // reflection formula
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    let e = if r.is_infinite() { Errno::Range } else { Errno::None };
    (r, e)
}

/// `math.gamma(x)`: ValueError at 0, negative integers and -inf;
/// OverflowError when the result overflows.
pub fn gamma(x: f64) -> MathResult<f64> {
    let (r, e) = m_tgamma(x);
    math_1a(r, e)
}

/// `math.lgamma(x)`: ValueError at 0 and negative integers; OverflowError
/// when the result overflows.
pub fn lgamma(x: f64) -> MathResult<f64> {
    let (r, e) = m_lgamma(x);
    math_1a(r, e)
}

/// `math.erf(x)` (never fails).
pub fn erf(x: f64) -> f64 {
    libm_compat::erf(x)
}

/// `math.erfc(x)` (never fails; underflow to 0.0 is not an error).
pub fn erfc(x: f64) -> f64 {
    libm_compat::erfc(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from CPython 3.11 (float.hex()).
    #[test]
    fn gamma_values() {
        assert_eq!(gamma(5.0), Ok(24.0));
        assert_eq!(gamma(0.5).unwrap().to_bits(), 0x3ffc5bf891b4ef6a);
        assert_eq!(gamma(-0.5).unwrap().to_bits(), 0xc00c5bf891b4ef6b);
        assert_eq!(gamma(0.0), Err(MathError::Domain));
        assert_eq!(gamma(-0.0), Err(MathError::Domain));
        assert_eq!(gamma(-3.0), Err(MathError::Domain));
        assert_eq!(gamma(f64::NEG_INFINITY), Err(MathError::Domain));
        assert_eq!(gamma(f64::INFINITY), Ok(f64::INFINITY));
        assert_eq!(gamma(172.0), Err(MathError::Range));
        assert_eq!(gamma(1e-320), Err(MathError::Range));
        assert_eq!(gamma(-300.5).unwrap().to_bits(), 0x8000000000000000);
        assert!(gamma(f64::NAN).unwrap().is_nan());
    }

    #[test]
    fn lgamma_values() {
        assert_eq!(lgamma(1.0), Ok(0.0));
        assert_eq!(lgamma(2.0), Ok(0.0));
        assert_eq!(lgamma(0.0), Err(MathError::Domain));
        assert_eq!(lgamma(-2.0), Err(MathError::Domain));
        assert_eq!(lgamma(f64::NEG_INFINITY), Ok(f64::INFINITY));
        assert_eq!(lgamma(1e308), Err(MathError::Range));
        assert_eq!(lgamma(0.5).unwrap().to_bits(), 0x3fe250d048e7a1c0);
        assert_eq!(lgamma(-0.5).unwrap().to_bits(), 0x3ff43f89a3f0edd4);
    }

    #[test]
    fn erf_values() {
        assert_eq!(erf(0.5).to_bits(), 0x3fe0a7ef5c18edd2);
        assert_eq!(erfc(0.5).to_bits(), 0x3fdeb02147ce245c);
        assert_eq!(erfc(-3.0).to_bits(), 0x3fffffe8d6209afd);
        assert_eq!(erf(6.0), 1.0);
        assert_eq!(erf(5.9), 0.9999999999999999);
    }
}
