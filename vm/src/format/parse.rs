//! `float(str)` and `int(str, base)` parsing with CPython's exact acceptance rules (whitespace, signs, underscores, Unicode digits).

use num_bigint::{BigInt, BigUint, Sign};

use super::float_repr::parse_inf_or_nan;
use super::unicode::{is_ascii_space, transform_decimal_and_space};

/// Strip CPython `Py_ISSPACE` whitespace from both ends of an ASCII buffer.
fn strip_ascii_space(b: &[u8]) -> &[u8] {
    let mut start = 0;
    let mut end = b.len();
    while start < end && is_ascii_space(b[start]) {
        start += 1;
    }
    while end > start && is_ascii_space(b[end - 1]) {
        end -= 1;
    }
    &b[start..end]
}

/// Remove underscores, which are only allowed between two ASCII digits
/// (`_Py_string_to_number_with_underscores`). `None` if one is misplaced.
fn remove_underscores(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut prev = 0u8;
    for &c in b {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    Some(out)
}

/// Parse an ASCII decimal float literal exactly as `_PyOS_ascii_strtod` followed by a
/// check that the whole buffer was consumed.
fn parse_ascii_float(b: &[u8]) -> Option<f64> {
    let n = b.len();
    let mut i = 0;
    let mut negative = false;
    if i < n && (b[i] == b'+' || b[i] == b'-') {
        negative = b[i] == b'-';
        i += 1;
    }
    let int_start = i;
    while i < n && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = &b[int_start..i];
    let mut frac_digits: &[u8] = &[];
    if i < n && b[i] == b'.' {
        i += 1;
        let frac_start = i;
        while i < n && b[i].is_ascii_digit() {
            i += 1;
        }
        frac_digits = &b[frac_start..i];
    }
    if int_digits.is_empty() && frac_digits.is_empty() {
        // Not a number: maybe inf / nan (which carry their own sign).
        return match parse_inf_or_nan(b) {
            Some((v, used)) if used == n => Some(v),
            _ => None,
        };
    }
    let mut exp_digits: &[u8] = &[];
    let mut exp_negative = false;
    if i < n && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < n && (b[j] == b'+' || b[j] == b'-') {
            exp_negative = b[j] == b'-';
            j += 1;
        }
        let exp_start = j;
        while j < n && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            exp_digits = &b[exp_start..j];
            i = j;
        }
    }
    if i != n {
        return None;
    }
    // Normalised literal for Rust's correctly rounded parser.
    let mut lit = String::with_capacity(n + 8);
    lit.push_str(if int_digits.is_empty() { "0" } else { std::str::from_utf8(int_digits).ok()? });
    lit.push('.');
    lit.push_str(if frac_digits.is_empty() { "0" } else { std::str::from_utf8(frac_digits).ok()? });
    if !exp_digits.is_empty() {
        // Clamp absurd exponents; the result is then 0 or inf anyway (unless the
        // mantissa has a comparable number of digits, which is not realistic).
        let trimmed: &[u8] = {
            let first_nz = exp_digits.iter().position(|&d| d != b'0').unwrap_or(exp_digits.len());
            &exp_digits[first_nz..]
        };
        let e: i64 = if trimmed.len() > 12 { 999_999_999_999 } else { std::str::from_utf8(trimmed).ok()?.parse::<i64>().unwrap_or(0) };
        lit.push('e');
        if exp_negative {
            lit.push('-');
        }
        lit.push_str(&e.to_string());
    }
    let v: f64 = lit.parse().ok()?;
    Some(if negative { -v } else { v })
}

/// `float(s)` for a str: surrounding Unicode whitespace stripped, optional sign,
/// `inf`/`infinity`/`nan` (any case), decimal literal with optional exponent, PEP 515
/// underscores between digits, non-ASCII decimal digits accepted. `None` means
/// `ValueError("could not convert string to float: ...")`.
pub fn parse_float(s: &str) -> Option<f64> {
    let buf = transform_decimal_and_space(s)?;
    let stripped = strip_ascii_space(&buf);
    if stripped.is_empty() {
        return None;
    }
    if stripped.contains(&b'_') {
        let cleaned = remove_underscores(stripped)?;
        parse_ascii_float(strip_ascii_space(&cleaned))
    } else {
        parse_ascii_float(stripped)
    }
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => 99,
    }
}

/// `int(s, base)` for a str (`PyLong_FromString` rules). `base` must be 0 or in
/// `2..=36` (the caller checks). Surrounding whitespace is stripped, an optional sign
/// is accepted, base 0 infers the base from a `0x`/`0o`/`0b` prefix (otherwise decimal,
/// where a leading zero is only allowed if the value is zero), the prefix matching an
/// explicit base is accepted, single underscores are allowed between digits and right
/// after the prefix, Unicode decimal digits are accepted. `None` means
/// `ValueError("invalid literal for int() with base N: ...")`.
///
/// The 4300-digit `int_max_str_digits` limit is not applied here.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let buf = transform_decimal_and_space(s)?;
    let b = strip_ascii_space(&buf);
    let n = b.len();
    let mut i = 0;
    let mut negative = false;
    if i < n && (b[i] == b'+' || b[i] == b'-') {
        negative = b[i] == b'-';
        i += 1;
    }
    let at = |k: usize| -> u8 { b.get(k).copied().unwrap_or(0) };
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return None;
    }
    let mut digits: Vec<u8> = Vec::with_capacity(n - i);
    let mut prev = 0u8;
    while i < n {
        let c = b[i];
        if c == b'_' {
            if prev == b'_' {
                return None;
            }
        } else if digit_value(c) < base {
            digits.push(digit_value(c) as u8);
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' || digits.is_empty() || i != n {
        return None;
    }
    let magnitude = BigUint::from_radix_be(&digits, base)?;
    if error_if_nonzero && magnitude != BigUint::default() {
        return None;
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Some(BigInt::from_biguint(sign, magnitude))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats() {
        assert_eq!(parse_float(" 1 "), Some(1.0));
        assert_eq!(parse_float("\u{2003}1\u{2003}"), Some(1.0));
        assert_eq!(parse_float("\u{661}.\u{665}"), Some(1.5));
        assert_eq!(parse_float("1_000"), Some(1000.0));
        assert_eq!(parse_float("1e1_0"), Some(1e10));
        assert_eq!(parse_float("-InFiNiTy"), Some(f64::NEG_INFINITY));
        assert!(parse_float("-nan").unwrap().is_sign_negative());
        assert_eq!(parse_float("1."), Some(1.0));
        assert_eq!(parse_float(".5"), Some(0.5));
        assert_eq!(parse_float("1e400"), Some(f64::INFINITY));
        assert_eq!(parse_float("-1.5e-400"), Some(-0.0));
        assert_eq!(parse_float("0.1"), Some(0.1));
        for bad in [
            "", "  ", ".", "1e", "1e+", "e5", "0x10", "1__0", "_1", "1_", "1_.5", "1._5", "1_e5", "i_nf", "\u{1c}1", "1\u{0}", "infinit", "nan1", "--1", "1 0",
            "١x",
        ] {
            assert_eq!(parse_float(bad), None, "{:?}", bad);
        }
    }

    #[test]
    fn ints() {
        let p = |s: &str, b: u32| parse_int(s, b).map(|v| v.to_string());
        assert_eq!(p("0_0", 0).as_deref(), Some("0"));
        assert_eq!(p("0_7", 0), None);
        assert_eq!(p("00", 0).as_deref(), Some("0"));
        assert_eq!(p("012", 0), None);
        assert_eq!(p("0x_ff", 0).as_deref(), Some("255"));
        assert_eq!(p("0x_ff", 16).as_deref(), Some("255"));
        assert_eq!(p("0xff", 10), None);
        assert_eq!(p("0b1", 16).as_deref(), Some("177"));
        assert_eq!(p("0x", 16), None);
        assert_eq!(p("0x_", 16), None);
        assert_eq!(p("1__0", 10), None);
        assert_eq!(p("_1", 10), None);
        assert_eq!(p("1_", 10), None);
        assert_eq!(p(" -0b_1 ", 0).as_deref(), Some("-1"));
        assert_eq!(p("\u{661}\u{662}", 10).as_deref(), Some("12"));
        assert_eq!(p("Zz", 36).as_deref(), Some("1295"));
        assert_eq!(p("+-1", 10), None);
        assert_eq!(p("-0", 0).as_deref(), Some("0"));
        assert_eq!(p("0__0", 0), None);
    }
}
