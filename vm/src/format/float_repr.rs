//! `repr(float)`, `float.hex()`, `float.fromhex()` and `round(float[, n])`, all matching CPython 3.11.

use super::dtoa::{double_to_string, DTSF_ADD_DOT_0};
use super::unicode::is_ascii_space;
use super::FormatError;

/// Exactly CPython's `repr(x)` / `str(x)` for a float: shortest round-trip digits,
/// scientific notation when the decimal exponent is < -4 or >= 16.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, DTSF_ADD_DOT_0)
}

/// `float.hex(x)`, e.g. `'0x1.8000000000000p+1'` for 3.0.
pub fn float_to_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{}0x{}.{:013x}p{}{}", sign, lead, mant, esign, exp.unsigned_abs())
}

/// Exact power of two `2**e` for `-1074 <= e <= 1023`.
fn pow2(e: i64) -> f64 {
    debug_assert!((-1074..=1023).contains(&e));
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

fn hex_value(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// Case-insensitive `inf`, `infinity` or `nan` with an optional sign at the start of `b`
/// (CPython's `_Py_parse_inf_or_nan`). Returns the value and the number of bytes used.
pub(crate) fn parse_inf_or_nan(b: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let mut negate = false;
    if b.first() == Some(&b'-') {
        negate = true;
        i = 1;
    } else if b.first() == Some(&b'+') {
        i = 1;
    }
    let starts = |at: usize, word: &[u8]| b.len() >= at + word.len() && b[at..at + word.len()].eq_ignore_ascii_case(word);
    let v;
    if starts(i, b"inf") {
        i += 3;
        if starts(i, b"inity") {
            i += 5;
        }
        v = f64::INFINITY;
    } else if starts(i, b"nan") {
        i += 3;
        v = f64::NAN;
    } else {
        return None;
    }
    Some((if negate { -v } else { v }, i))
}

fn invalid_hex() -> FormatError {
    FormatError::Value("invalid hexadecimal floating-point string".to_string())
}

fn hex_overflow() -> FormatError {
    FormatError::Overflow("hexadecimal value too large to represent as a float".to_string())
}

/// `float.fromhex(s)`: correctly rounded (round-half-even) conversion of a hexadecimal
/// string. Errors are `ValueError("invalid hexadecimal floating-point string")` and
/// `OverflowError("hexadecimal value too large to represent as a float")`.
pub fn float_from_hex(s: &str) -> Result<f64, FormatError> {
    let b = s.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n && is_ascii_space(b[i]) {
        i += 1;
    }
    let value;
    if let Some((v, used)) = parse_inf_or_nan(&b[i..]) {
        value = v;
        i += used;
    } else {
        let mut negate = false;
        if i < n && b[i] == b'-' {
            negate = true;
            i += 1;
        } else if i < n && b[i] == b'+' {
            i += 1;
        }
        if i + 1 < n && b[i] == b'0' && (b[i + 1] == b'x' || b[i + 1] == b'X') {
            i += 2;
        }
        // Coefficient: mantissa m (first 15 significant hex digits), sticky bit for
        // the rest, and the number of dropped/fractional digits.
        let mut m: u64 = 0;
        let mut sig_digits = 0u32;
        let mut sticky = false;
        let mut dropped: i128 = 0;
        let mut fdigits: i128 = 0;
        let mut ndigits = 0usize;
        let mut in_frac = false;
        loop {
            if i < n && !in_frac && b[i] == b'.' {
                in_frac = true;
                i += 1;
                continue;
            }
            let d = match b.get(i).and_then(|&c| hex_value(c)) {
                Some(d) => d,
                None => break,
            };
            i += 1;
            ndigits += 1;
            if in_frac {
                fdigits += 1;
            }
            if sig_digits == 0 && d == 0 {
                continue;
            }
            if sig_digits < 15 {
                m = m * 16 + d as u64;
                sig_digits += 1;
            } else {
                dropped += 1;
                sticky |= d != 0;
            }
        }
        if ndigits == 0 {
            return Err(invalid_hex());
        }
        let mut exp: i64 = 0;
        if i < n && (b[i] == b'p' || b[i] == b'P') {
            i += 1;
            let mut eneg = false;
            if i < n && (b[i] == b'-' || b[i] == b'+') {
                eneg = b[i] == b'-';
                i += 1;
            }
            if !(i < n && b[i].is_ascii_digit()) {
                return Err(invalid_hex());
            }
            while i < n && b[i].is_ascii_digit() {
                let d = (b[i] - b'0') as i64;
                exp = if eneg { exp.saturating_mul(10).saturating_sub(d) } else { exp.saturating_mul(10).saturating_add(d) };
                i += 1;
            }
        }
        let x = if m == 0 || exp < i64::MIN / 2 {
            0.0
        } else if exp > i64::MAX / 2 {
            return Err(hex_overflow());
        } else {
            let e2 = exp as i128 + 4 * (dropped - fdigits);
            let bits = (64 - m.leading_zeros()) as i128;
            let top_exp = e2 + bits;
            if top_exp < -1074 {
                0.0
            } else if top_exp > 1024 {
                return Err(hex_overflow());
            } else {
                let lsb = top_exp.max(-1021) - 53;
                if e2 >= lsb {
                    m as f64 * pow2(e2 as i64)
                } else {
                    let shift = (lsb - e2) as u32;
                    let mut q = m >> shift;
                    let rem = m & ((1u64 << shift) - 1);
                    let half = 1u64 << (shift - 1);
                    if rem > half || (rem == half && (sticky || q & 1 == 1)) {
                        q += 1;
                    }
                    if q == 1u64 << 53 && lsb == 1024 - 53 {
                        return Err(hex_overflow());
                    }
                    q as f64 * pow2(lsb as i64)
                }
            }
        };
        value = if negate { -x } else { x };
    }
    while i < n && is_ascii_space(b[i]) {
        i += 1;
    }
    if i != n {
        return Err(invalid_hex());
    }
    Ok(value)
}

/// `round(x)` for a float: round half to even, returned as a float (the caller converts
/// to int, raising for inf/nan).
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// Add one to a string of ASCII decimal digits.
fn increment_digits(d: &mut Vec<u8>) {
    for c in d.iter_mut().rev() {
        if *c == b'9' {
            *c = b'0';
        } else {
            *c += 1;
            return;
        }
    }
    d.insert(0, b'1');
}

/// CPython's `round(x, ndigits)` for a float: the exact binary value rounded half-even to
/// `ndigits` decimal places (negative rounds to tens, hundreds, ...), then converted back
/// with correct rounding.
///
/// If the result overflows (only possible for finite `x` with `ndigits < 0`) this
/// returns an infinity; the caller should raise
/// `OverflowError("rounded value too large to represent")` when `x` was finite and the result is not.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    // For ndigits > 323 every float rounds to itself; below -308 everything is 0.
    if ndigits > 323 {
        return x;
    }
    if ndigits < -308 {
        return 0.0 * x;
    }
    let ax = x.abs();
    let rounded: f64 = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, ax).parse().unwrap_or(f64::NAN)
    } else {
        let k = (-ndigits) as usize;
        let int_part = ax.trunc();
        let frac_nonzero = ax.fract() != 0.0;
        let digits = format!("{:.0}", int_part).into_bytes();
        if digits.len() < k || int_part == 0.0 {
            0.0
        } else {
            let (kept, dropped) = digits.split_at(digits.len() - k);
            let mut kept = kept.to_vec();
            let first = dropped[0];
            let rest_nonzero = frac_nonzero || dropped[1..].iter().any(|&d| d != b'0');
            let last_odd = kept.last().map(|&d| (d - b'0') % 2 == 1).unwrap_or(false);
            let up = first > b'5' || (first == b'5' && (rest_nonzero || last_odd));
            if kept.is_empty() {
                kept.push(b'0');
            }
            if up {
                increment_digits(&mut kept);
            }
            let s = format!("{}e{}", String::from_utf8(kept).unwrap_or_default(), k);
            s.parse().unwrap_or(f64::NAN)
        }
    };
    if x.is_sign_negative() {
        -rounded
    } else {
        rounded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr() {
        let cases: &[(f64, &str)] = &[
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123456789012345.0, "123456789012345.0"),
            (1.2345678901234568e16, "1.2345678901234568e+16"),
            (0.1, "0.1"),
            (1e22, "1e+22"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (9999999999999998.0, "9999999999999998.0"),
            (2e16 + 8.0, "2.000000000000001e+16"),
        ];
        for &(x, s) in cases {
            assert_eq!(float_repr(x), s);
        }
    }

    #[test]
    fn hex() {
        assert_eq!(float_to_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_to_hex(-0.1), "-0x1.999999999999ap-4");
        assert_eq!(float_to_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_to_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_to_hex(f64::INFINITY), "inf");
        assert_eq!(float_from_hex("0x1.8p1"), Ok(3.0));
        assert_eq!(float_from_hex("  -0X.8P+1 "), Ok(-1.0));
        assert_eq!(float_from_hex("1"), Ok(1.0));
        assert_eq!(float_from_hex("ff."), Ok(255.0));
        assert_eq!(float_from_hex("0x1p-1074"), Ok(5e-324));
        assert_eq!(float_from_hex("0x1p-1075"), Ok(0.0));
        assert_eq!(float_from_hex("0x1.8p-1075"), Ok(5e-324));
        assert_eq!(float_from_hex("0x1.fffffffffffff8p1023").unwrap_err(), hex_overflow());
        assert_eq!(float_from_hex("0x1.fffffffffffff7p1023"), Ok(f64::MAX));
        assert_eq!(float_from_hex("0x1p1024").unwrap_err(), hex_overflow());
        assert_eq!(float_from_hex("-Infinity"), Ok(f64::NEG_INFINITY));
        assert!(float_from_hex("nan").unwrap().is_nan());
        assert_eq!(float_from_hex("0x").unwrap_err(), invalid_hex());
        assert_eq!(float_from_hex("0x1p").unwrap_err(), invalid_hex());
        assert_eq!(float_from_hex(".").unwrap_err(), invalid_hex());
        assert_eq!(float_from_hex("0x1 x").unwrap_err(), invalid_hex());
        assert_eq!(float_from_hex("0x0p99999999999999999999999"), Ok(0.0));
    }

    #[test]
    fn rounding() {
        assert_eq!(round_float(2.675, 2), 2.67);
        assert_eq!(round_float(0.125, 2), 0.12);
        assert_eq!(round_float(0.375, 2), 0.38);
        assert_eq!(round_float(1234.5, -2), 1200.0);
        assert_eq!(round_float(1250.0, -2), 1200.0);
        assert_eq!(round_float(1350.0, -2), 1400.0);
        assert_eq!(round_float(1250.0001, -2), 1300.0);
        assert_eq!(round_float(5.0, -1), 0.0);
        assert_eq!(round_float(15.0, -1), 20.0);
        assert!(round_float(-4.0, -1).is_sign_negative());
        assert_eq!(round_float(1e300, 400), 1e300);
        assert!(round_float(1.7976931348623157e308, -308).is_infinite());
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(-3.5), -4.0);
    }
}
