//! `math.hypot` and `math.dist`: CPython 3.11's accurate `vector_norm` (scaling, Dekker splitting, compensated summation, differential correction).

use super::{MathError, MathResult};

/// Veltkamp split constant 2**27 + 1.
const T27: f64 = 134217729.0;

/// Split `x` into `hi + lo` with `hi` holding the top 26 bits.
#[inline]
fn split(x: f64) -> (f64, f64) {
    let t = x * T27;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// Add `x` into `csum`, accumulating the rounding error in `frac`
/// (Neumaier summation, relying on |csum| >= |x|).
#[inline]
fn add_comp(csum: &mut f64, frac: &mut f64, x: f64) {
    let old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

/// sqrt(sum(x*x for x in vec)).  `vec` holds absolute values, `max` is the
/// largest of them (inf if any is infinite) and `found_nan` says whether a
/// NaN is present.  Mirrors CPython 3.11's `vector_norm` step by step.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = super::float_funcs::frexp(max);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    if max_e >= -1023 {
        let scale = super::float_funcs::scalbn(1.0, -max_e);
        let mut frac2 = 0.0f64;
        let mut frac3 = 0.0f64;
        for &v in vec {
            let x = v * scale; // exact
            let (hi, lo) = split(x);
            add_comp(&mut csum, &mut frac1, hi * hi);
            add_comp(&mut csum, &mut frac2, 2.0 * hi * lo);
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let (hi, lo) = split(h);
        add_comp(&mut csum, &mut frac1, -hi * hi);
        add_comp(&mut csum, &mut frac2, -2.0 * hi * lo);
        add_comp(&mut csum, &mut frac3, -lo * lo);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // max_e < -1023: 2**-max_e would overflow, so divide by max instead.
    for &v in vec {
        let x = v / max;
        add_comp(&mut csum, &mut frac1, x * x);
    }
    max * (csum - 1.0 + frac1).sqrt()
}

/// `math.hypot(*coordinates)` (never fails; `hypot()` is 0.0).
pub fn hypot(coords: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    let abs: Vec<f64> = coords
        .iter()
        .map(|&c| {
            let x = c.abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            x
        })
        .collect();
    vector_norm(&abs, max, found_nan)
}

/// `math.dist(p, q)`; the points must have the same dimension.
pub fn dist(p: &[f64], q: &[f64]) -> MathResult<f64> {
    if p.len() != q.len() {
        return Err(MathError::Value("both points must have the same number of dimensions"));
    }
    let mut max = 0.0f64;
    let mut found_nan = false;
    let diffs: Vec<f64> = p
        .iter()
        .zip(q)
        .map(|(&px, &qx)| {
            let x = (px - qx).abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            x
        })
        .collect();
    Ok(vector_norm(&diffs, max, found_nan))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from CPython 3.11.
    #[test]
    fn hypot_values() {
        assert_eq!(hypot(&[]), 0.0);
        assert_eq!(hypot(&[-3.0]), 3.0);
        assert_eq!(hypot(&[3.0, 4.0]), 5.0);
        assert_eq!(hypot(&[1.0, 2.0, 3.0]).to_bits(), 0x400deeea11683f49);
        assert_eq!(hypot(&[f64::NAN, f64::NEG_INFINITY]), f64::INFINITY);
        assert!(hypot(&[f64::NAN, 1.0]).is_nan());
        assert_eq!(hypot(&[1e308, 1e308]).to_bits(), 0x7fe92c80954c51f5);
        assert_eq!(hypot(&[f64::from_bits(1), f64::from_bits(1)]), f64::from_bits(1));
    }

    #[test]
    fn dist_values() {
        assert_eq!(dist(&[0.0, 0.0], &[3.0, 4.0]), Ok(5.0));
        assert_eq!(dist(&[1.0], &[1.0, 2.0]), Err(MathError::Value("both points must have the same number of dimensions")));
        assert_eq!(dist(&[], &[]), Ok(0.0));
    }
}
