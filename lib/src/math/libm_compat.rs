//! Pure-Rust re-implementations of the glibc libm kernels (`asinh`, `acosh`, `atanh`, `cbrt`, `erf`, `erfc`) that std does not expose as libm calls.
//!
//! CPython's `math` module calls the C library for these.  Rust's std either
//! computes them with its own formulas (`asinh`, `acosh`, `atanh`), uses its
//! own correctly rounded implementation (`cbrt`, which glibc is not) or does
//! not offer them on stable (`erf`, `erfc`), so to reproduce CPython's results on
//! glibc bit-for-bit we follow glibc's (fdlibm-derived) algorithms: the same
//! range splits, the same polynomial coefficients and the same evaluation
//! order.  The building blocks `ln`, `ln_1p`, `exp` and `sqrt` are the libm /
//! hardware operations, exactly what glibc itself uses internally.
//!
//! These are raw IEEE functions (NaN / infinity in, NaN / infinity out);
//! the Python error rules are applied by the callers in `float_funcs` and
//! `special`.

// Coefficients are transcribed digit for digit from fdlibm/glibc.
#![allow(clippy::excessive_precision)]

const LN2: f64 = std::f64::consts::LN_2; // 0x3FE62E42 FEFA39EF, as fdlibm's ln2

#[inline]
fn high_word(x: f64) -> i32 {
    (x.to_bits() >> 32) as u32 as i32
}

#[inline]
fn clear_low_word(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000)
}

/// Inverse hyperbolic sine (glibc `s_asinh.c` method).
pub fn asinh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    if ix < 0x3e30_0000 {
        // |x| < 2**-28: asinh(x) == x to working precision (also for +-0).
        return x;
    }
    let w = if ix > 0x41b0_0000 {
        // |x| > 2**28
        if ix >= 0x7ff0_0000 {
            return x + x; // inf or NaN
        }
        x.abs().ln() + LN2
    } else {
        let xa = x.abs();
        if ix > 0x4000_0000 {
            // 2 < |x| <= 2**28
            (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
        } else {
            // 2**-28 <= |x| <= 2
            let t = xa * xa;
            (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
        }
    };
    w.copysign(x)
}

/// Inverse hyperbolic cosine (glibc 64-bit `e_acosh.c` method).
pub fn acosh(x: f64) -> f64 {
    let hx = x.to_bits() as i64;
    if hx > 0x4000_0000_0000_0000 {
        if hx >= 0x41b0_0000_0000_0000 {
            // x >= 2**28, inf or NaN
            if hx >= 0x7ff0_0000_0000_0000 {
                return x + x;
            }
            return x.ln() + LN2;
        }
        // 2 < x < 2**28
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else if hx > 0x3ff0_0000_0000_0000 {
        // 1 < x <= 2
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    } else if hx == 0x3ff0_0000_0000_0000 {
        0.0 // acosh(1) = 0
    } else if x.is_nan() {
        x + x // a NaN with the sign bit set
    } else {
        f64::NAN // x < 1: invalid
    }
}

/// Inverse hyperbolic tangent (glibc `e_atanh.c` method).
pub fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t;
    if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            // |x| < 2**-28
            return x;
        }
        let t2 = xa + xa;
        t = 0.5 * (t2 + t2 * xa / (1.0 - xa)).ln_1p();
    } else if xa < 1.0 {
        t = 0.5 * ((xa + xa) / (1.0 - xa)).ln_1p();
    } else {
        if xa > 1.0 {
            return f64::NAN; // invalid
        }
        // |x| == 1 gives +-inf; NaN gives NaN.
        return x / 0.0;
    }
    t.copysign(x)
}

const CBRT2: f64 = 1.2599210498948731648; // 2**(1/3)
const SQR_CBRT2: f64 = 1.5874010519681994748; // 2**(2/3)
const CBRT_FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/// Cube root (glibc `s_cbrt.c` method: polynomial guess on the reduced
/// mantissa, one Halley step, then rescaling).  Not correctly rounded, and
/// deliberately so: it matches glibc's results.
pub fn cbrt(x: f64) -> f64 {
    let (xm, xe) = super::float_funcs::frexp(x.abs());
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[(2 + xe % 3) as usize];
    super::float_funcs::scalbn(if x > 0.0 { ym } else { -ym }, xe / 3)
}

const ERX: f64 = 8.45062911510467529297e-01;
const EFX: f64 = 1.28379167095512586316e-01;
const TINY: f64 = 1e-300;

// erf on [0, 0.84375]
const PP: [f64; 5] =
    [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ: [f64; 6] =
    [0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
// erf on [0.84375, 1.25]
const PA: [f64; 7] = [
    -2.36211856075265944077e-03,
    4.14856118683748331666e-01,
    -3.72207876035701323847e-01,
    3.18346619901161753674e-01,
    -1.10894694282396677476e-01,
    3.54783043256182359371e-02,
    -2.16637559486879084300e-03,
];
const QA: [f64; 7] = [
    0.0,
    1.06420880400844228286e-01,
    5.40397917702171048937e-01,
    7.18286544141962662868e-02,
    1.26171219808761642112e-01,
    1.36370839120290507362e-02,
    1.19844998467991074170e-02,
];
// erfc on [1.25, 1/0.35]
const RA: [f64; 8] = [
    -9.86494403484714822705e-03,
    -6.93858572707181764372e-01,
    -1.05586262253232909814e+01,
    -6.23753324503260060396e+01,
    -1.62396669462573470355e+02,
    -1.84605092906711035994e+02,
    -8.12874355063065934246e+01,
    -9.81432934416914548592e+00,
];
const SA: [f64; 9] = [
    0.0,
    1.96512716674392571292e+01,
    1.37657754143519042600e+02,
    4.34565877475229228821e+02,
    6.45387271733267880336e+02,
    4.29008140027567833386e+02,
    1.08635005541779435134e+02,
    6.57024977031928170135e+00,
    -6.04244152148580987438e-02,
];
// erfc on [1/0.35, 28]
const RB: [f64; 7] = [
    -9.86494292470009928597e-03,
    -7.99283237680523006574e-01,
    -1.77579549177547519889e+01,
    -1.60636384855821916062e+02,
    -6.37566443368389627722e+02,
    -1.02509513161107724954e+03,
    -4.83519191608651397019e+02,
];
const SB: [f64; 8] = [
    0.0,
    3.03380607434824582924e+01,
    3.25792512996573918826e+02,
    1.53672958608443695994e+03,
    3.19985821950859553908e+03,
    2.55305040643316442583e+03,
    4.74528541206955367215e+02,
    -2.24409524465858183362e+01,
];

/// `y = R(x^2)` for |x| < 0.84375, so that erf(x) = x + x*y.
#[inline]
fn erf_small_ratio(x: f64) -> f64 {
    let z = x * x;
    let r1 = PP[0] + z * PP[1];
    let z2 = z * z;
    let r2 = PP[2] + z * PP[3];
    let z4 = z2 * z2;
    let s1 = 1.0 + z * QQ[1];
    let s2 = QQ[2] + z * QQ[3];
    let s3 = QQ[4] + z * QQ[5];
    let r = r1 + z2 * r2 + z4 * PP[4];
    let s = s1 + z2 * s2 + z4 * s3;
    r / s
}

/// `(P, Q)` for 0.84375 <= |x| < 1.25 with s = |x| - 1.
#[inline]
fn erf_mid_pq(x: f64) -> (f64, f64) {
    let s = x.abs() - 1.0;
    let p1 = PA[0] + s * PA[1];
    let s2 = s * s;
    let q1 = 1.0 + s * QA[1];
    let s4 = s2 * s2;
    let p2 = PA[2] + s * PA[3];
    let s6 = s4 * s2;
    let q2 = QA[2] + s * QA[3];
    let p3 = PA[4] + s * PA[5];
    let q3 = QA[4] + s * QA[5];
    let p4 = PA[6];
    let q4 = QA[6];
    let p = p1 + s2 * p2 + s4 * p3 + s6 * p4;
    let q = q1 + s2 * q2 + s4 * q3 + s6 * q4;
    (p, q)
}

/// `(R, S)` of the tail approximation for |x| >= 1.25 (`ax` = |x|); `near`
/// selects the [1.25, 1/0.35) coefficient set.
#[inline]
fn erf_tail_rs(ax: f64, near: bool) -> (f64, f64) {
    let s = 1.0 / (ax * ax);
    if near {
        let r1 = RA[0] + s * RA[1];
        let s2 = s * s;
        let t1 = 1.0 + s * SA[1];
        let s4 = s2 * s2;
        let r2 = RA[2] + s * RA[3];
        let s6 = s4 * s2;
        let t2 = SA[2] + s * SA[3];
        let s8 = s4 * s4;
        let r3 = RA[4] + s * RA[5];
        let t3 = SA[4] + s * SA[5];
        let r4 = RA[6] + s * RA[7];
        let t4 = SA[6] + s * SA[7];
        let r = r1 + s2 * r2 + s4 * r3 + s6 * r4;
        let ss = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA[8];
        (r, ss)
    } else {
        let r1 = RB[0] + s * RB[1];
        let s2 = s * s;
        let t1 = 1.0 + s * SB[1];
        let s4 = s2 * s2;
        let r2 = RB[2] + s * RB[3];
        let s6 = s4 * s2;
        let t2 = SB[2] + s * SB[3];
        let r3 = RB[4] + s * RB[5];
        let t3 = SB[4] + s * SB[5];
        let t4 = SB[6] + s * SB[7];
        let r = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
        let ss = t1 + s2 * t2 + s4 * t3 + s6 * t4;
        (r, ss)
    }
}

/// `exp(-x*x - 0.5625 + R/S)` computed as glibc does, splitting x into a
/// 21-bit head to keep `x*x` exact.
#[inline]
fn erf_tail_exp(ax: f64, r: f64, s: f64) -> f64 {
    let z = clear_low_word(ax);
    (-z * z - 0.5625).exp() * ((z - ax) * (z + ax) + r / s).exp()
}

/// The error function (glibc `s_erf.c` method).
pub fn erf(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        // erf(nan) = nan, erf(+-inf) = +-1
        let i = ((hx as u32) >> 31) << 1;
        return (1 - i as i32) as f64 + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        // |x| < 0.84375
        if ix < 0x3e30_0000 {
            // |x| < 2**-28
            if ix < 0x0080_0000 {
                // avoid spurious underflow
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        let y = erf_small_ratio(x);
        return x + x * y;
    }
    if ix < 0x3ff4_0000 {
        // 0.84375 <= |x| < 1.25
        let (p, q) = erf_mid_pq(x);
        return if hx >= 0 { ERX + p / q } else { -ERX - p / q };
    }
    if ix >= 0x4018_0000 {
        // |x| >= 6
        return if hx >= 0 { 1.0 - TINY } else { TINY - 1.0 };
    }
    let ax = x.abs();
    let (r, s) = erf_tail_rs(ax, ix < 0x4006_DB6E);
    let e = erf_tail_exp(ax, r, s);
    if hx >= 0 {
        1.0 - e / ax
    } else {
        e / ax - 1.0
    }
}

/// The complementary error function (glibc `s_erf.c` method).
pub fn erfc(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        // erfc(nan) = nan, erfc(+inf) = 0, erfc(-inf) = 2
        return ((((hx as u32) >> 31) << 1) as f64) + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        // |x| < 0.84375
        if ix < 0x3c70_0000 {
            // |x| < 2**-56
            return 1.0 - x;
        }
        let y = erf_small_ratio(x);
        if hx < 0x3fd0_0000 {
            // x < 1/4 (including all negative x)
            return 1.0 - (x + x * y);
        }
        let mut r = x * y;
        r += x - 0.5;
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        // 0.84375 <= |x| < 1.25
        let (p, q) = erf_mid_pq(x);
        return if hx >= 0 {
            let z = 1.0 - ERX;
            z - p / q
        } else {
            let z = ERX + p / q;
            1.0 + z
        };
    }
    if ix < 0x403c_0000 {
        // |x| < 28
        let ax = x.abs();
        let near = ix < 0x4006_DB6D;
        if !near && hx < 0 && ix >= 0x4018_0000 {
            return 2.0 - TINY; // x <= -6
        }
        let (r, s) = erf_tail_rs(ax, near);
        let e = erf_tail_exp(ax, r, s);
        if hx > 0 {
            e / ax
        } else {
            2.0 - e / ax
        }
    } else if hx > 0 {
        TINY * TINY
    } else {
        2.0 - TINY
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(bits: u64) -> f64 {
        f64::from_bits(bits)
    }

    // Expected values: glibc 2.36 via python3's math module.
    #[test]
    fn erf_values() {
        assert_eq!(erf(0.7).to_bits(), 0x3fe5b08c21171646);
        assert_eq!(erf(0.0).to_bits(), 0);
        assert_eq!(erf(-0.0).to_bits(), 0x8000000000000000);
        assert_eq!(erf(f64::INFINITY), 1.0);
        assert_eq!(erf(f64::NEG_INFINITY), -1.0);
        assert!(erf(f64::NAN).is_nan());
        assert_eq!(erf(10.0), 1.0);
        assert_eq!(erfc(0.7).to_bits(), 0x3fd49ee7bdd1d374);
        assert_eq!(erfc(f64::INFINITY), 0.0);
        assert_eq!(erfc(f64::NEG_INFINITY), 2.0);
        assert_eq!(erfc(30.0), 0.0);
        assert_eq!(erfc(-30.0), 2.0);
        assert_eq!(erfc(h(0x3cb0000000000000)), 0.9999999999999998);
        assert_eq!(erfc(h(0x3c60000000000000)), 1.0);
    }

    #[test]
    fn inverse_hyperbolic_values() {
        assert_eq!(asinh(0.7).to_bits(), 0x3fe4e2a4fe9085dd);
        assert_eq!(asinh(-0.0).to_bits(), 0x8000000000000000);
        assert_eq!(asinh(f64::NEG_INFINITY), f64::NEG_INFINITY);
        assert_eq!(acosh(1.0), 0.0);
        assert!(acosh(0.5).is_nan());
        assert_eq!(acosh(f64::INFINITY), f64::INFINITY);
        assert_eq!(atanh(1.0), f64::INFINITY);
        assert_eq!(atanh(-1.0), f64::NEG_INFINITY);
        assert!(atanh(1.5).is_nan());
        assert!(atanh(f64::NAN).is_nan());
    }

    #[test]
    fn cbrt_values() {
        // glibc is not correctly rounded here (cbrt(2) rounds up).
        assert_eq!(cbrt(2.0).to_bits(), 0x3ff428a2f98d728c);
        assert_eq!(cbrt(-2.0).to_bits(), 0xbff428a2f98d728c);
        assert_eq!(cbrt(h(1)).to_bits(), 0x298fffffffffffff);
        assert_eq!(cbrt(27.0), 3.0000000000000004); // as glibc / CPython
        assert_eq!(cbrt(-0.0).to_bits(), 0x8000000000000000);
        assert_eq!(cbrt(f64::NEG_INFINITY), f64::NEG_INFINITY);
    }
}
