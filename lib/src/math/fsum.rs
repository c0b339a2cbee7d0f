//! `math.fsum`: exact floating-point summation (Shewchuk's partials) with CPython 3.11's special-value, overflow and final half-even rounding rules.

use super::{MathError, MathResult};

/// Streaming state of `math.fsum`: feed items with [`Fsum::add`] as they are
/// converted, then call [`Fsum::result`].  This lets the glue reproduce
/// CPython's error order exactly: CPython converts each item just before
/// adding it and raises `OverflowError("intermediate overflow in fsum")` at
/// the offending item, before later items are converted.
#[derive(Debug, Clone, Default)]
pub struct Fsum {
    /// Non-overlapping partial sums, increasing in magnitude.
    partials: Vec<f64>,
    /// Sum of the nan/inf summands seen.
    special_sum: f64,
    /// Sum of the infinite summands seen (NaN means both signs occurred).
    inf_sum: f64,
}

impl Fsum {
    pub fn new() -> Self {
        Self::default()
    }

    /// Add one summand.  Fails only with
    /// `OverflowError("intermediate overflow in fsum")`.
    pub fn add(&mut self, item: f64) -> MathResult<()> {
        let partials = &mut self.partials;
        let mut x = item;
        let mut i = 0usize;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // Either intermediate overflow, or a nan/inf summand.
                if item.is_finite() {
                    return Err(MathError::Overflow("intermediate overflow in fsum"));
                }
                if item.is_infinite() {
                    self.inf_sum += item;
                }
                self.special_sum += item;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded sum of everything added so far.  Fails with
    /// `ValueError("-inf + inf in fsum")` if infinities of both signs were
    /// added.
    pub fn result(&self) -> MathResult<f64> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(MathError::Value("-inf + inf in fsum"));
            }
            return Ok(self.special_sum);
        }
        let partials = &self.partials;
        let mut n = partials.len();
        let mut hi = 0.0f64;
        if n > 0 {
            n -= 1;
            hi = partials[n];
            let mut lo = 0.0f64;
            // Sum from the top, stopping when the sum becomes inexact.
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = partials[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            // Make half-even rounding work across multiple partials: if the
            // remaining partials push in the same direction as lo, hi must
            // be rounded that way.
            if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
        Ok(hi)
    }
}

/// `math.fsum(iterable)` over already-converted floats.
///
/// Errors: `OverflowError("intermediate overflow in fsum")` when finite inputs
/// overflow a partial; `ValueError("-inf + inf in fsum")` when infinities of
/// both signs are summed.  NaNs and infinities otherwise propagate as in IEEE
/// arithmetic.  Use [`Fsum`] directly when items are converted lazily.
pub fn fsum<I: IntoIterator<Item = f64>>(iter: I) -> MathResult<f64> {
    let mut acc = Fsum::new();
    for x in iter {
        acc.add(x)?;
    }
    acc.result()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from CPython 3.11.
    #[test]
    fn basic() {
        assert_eq!(fsum(Vec::<f64>::new()), Ok(0.0));
        assert_eq!(fsum(vec![0.1; 10]), Ok(1.0));
        assert_eq!(fsum(vec![1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), Ok(1e-100));
        assert_eq!(fsum(vec![1e-16, 1.0, 1e16]).unwrap().to_bits(), 0x4341c37937e08001);
        assert_eq!(fsum(vec![-0.0]).unwrap().to_bits(), 0);
        assert_eq!(fsum(vec![2.0f64.powi(53), 1.0, 2.0f64.powi(-100)]).unwrap(), 9007199254740994.0);
    }

    #[test]
    fn specials() {
        assert_eq!(fsum(vec![1e308, 1e308]), Err(MathError::Overflow("intermediate overflow in fsum")));
        assert_eq!(fsum(vec![f64::INFINITY, f64::NEG_INFINITY]), Err(MathError::Value("-inf + inf in fsum")));
        assert_eq!(fsum(vec![f64::INFINITY, 1.0]), Ok(f64::INFINITY));
        assert!(fsum(vec![f64::NAN, 1.0]).unwrap().is_nan());
        assert!(fsum(vec![f64::INFINITY, f64::NAN]).unwrap().is_nan());
        assert_eq!(fsum(vec![1e308, 1e308, f64::INFINITY]), Err(MathError::Overflow("intermediate overflow in fsum")));
        // an infinity seen earlier does not stop a later finite overflow
        assert_eq!(fsum(vec![f64::INFINITY, 1e308, 1e308]), Err(MathError::Overflow("intermediate overflow in fsum")));
    }

    #[test]
    fn streaming() {
        let mut acc = Fsum::new();
        acc.add(0.1).unwrap();
        acc.add(0.2).unwrap();
        assert_eq!(acc.result().unwrap().to_bits(), 0x3fd3333333333334);
        acc.add(1e308).unwrap();
        assert_eq!(acc.add(1e308), Err(MathError::Overflow("intermediate overflow in fsum")));
    }
}
