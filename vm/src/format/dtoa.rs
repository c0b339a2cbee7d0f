//! Float-to-decimal-string conversion equivalent to CPython's `PyOS_double_to_string` (modes 'e', 'f', 'g', 'r').
//!
//! Digit generation uses Rust's correctly rounded formatting (`{:e}` for the shortest
//! round-trip digits, `{:.*e}` / `{:.*}` for a fixed number of significant / fractional
//! digits, all round-half-even on the exact binary value, like David Gay's dtoa). The
//! layout of the digits (decimal point, padding zeros, exponent) follows CPython's
//! `format_float_short`.

/// Always emit a sign (`+` for non-negative values).
pub const DTSF_SIGN: u32 = 0x01;
/// Add `.0` to integral results when no exponent is used (repr style).
pub const DTSF_ADD_DOT_0: u32 = 0x02;
/// Alternate form (`#`): keep the decimal point and trailing zeros.
pub const DTSF_ALT: u32 = 0x04;
/// Turn a negative zero result (after rounding) into a positive zero (`z`).
pub const DTSF_NO_NEG_0: u32 = 0x08;

/// A non-negative decimal `0.d1d2d3... * 10**decpt`, `digits` without trailing zeros,
/// zero being represented as `"0"` with `decpt == 1`.
pub(crate) struct Decimal {
    pub digits: Vec<u8>,
    pub decpt: i64,
}

impl Decimal {
    fn zero() -> Decimal {
        Decimal { digits: vec![b'0'], decpt: 1 }
    }

    pub fn is_zero(&self) -> bool {
        self.digits == b"0"
    }

    /// Build from an ASCII mantissa `d[.ddd]` and a decimal exponent of the first digit.
    fn from_sci(mantissa: &str, exp: i64) -> Decimal {
        let mut digits: Vec<u8> = mantissa.bytes().filter(|b| b.is_ascii_digit()).collect();
        while digits.len() > 1 && digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.iter().all(|&d| d == b'0') {
            return Decimal::zero();
        }
        Decimal { digits, decpt: exp + 1 }
    }
}

/// Split Rust's `{:e}` output (`"1.25e-7"`) into mantissa and exponent.
fn split_exp(s: &str) -> (&str, i64) {
    match s.find('e') {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().unwrap_or(0)),
        None => (s, 0),
    }
}

/// Shortest digit string that round-trips (dtoa mode 0). `x` finite and non-negative.
pub(crate) fn shortest_digits(x: f64) -> Decimal {
    let s = format!("{:e}", x);
    let (m, e) = split_exp(&s);
    // Rust breaks exact ties between two equally close shortest candidates upwards,
    // dtoa picks the even one (repr(2**-25) == '2.9802322387695312e-08'). A tie can only
    // make a difference when the last digit is odd: then compare with the correctly
    // rounded (half-even) string of the same length and take it if it round-trips.
    if m.bytes().last().is_some_and(|d| (d - b'0') % 2 == 1) {
        let n = m.bytes().filter(|b| b.is_ascii_digit()).count();
        let c = format!("{:.*e}", n - 1, x);
        if c != s && c.parse::<f64>().ok() == Some(x) {
            let (m2, e2) = split_exp(&c);
            return Decimal::from_sci(m2, e2);
        }
    }
    Decimal::from_sci(m, e)
}

/// More digits than any double's exact decimal expansion needs, after the point or in total.
const EXACT_DIGITS: usize = 1100;

/// `n >= 1` correctly rounded significant digits (dtoa mode 2), trailing zeros removed.
pub(crate) fn significant_digits(x: f64, n: usize) -> Decimal {
    // A double's exact decimal expansion has at most 767 significant digits: asking for more
    // only appends zeros (which are trimmed), and Rust's formatter caps precision at u16::MAX.
    let n = n.clamp(1, EXACT_DIGITS);
    let s = format!("{:.*e}", n - 1, x);
    let (m, e) = split_exp(&s);
    Decimal::from_sci(m, e)
}

/// Correctly rounded to `n` digits after the decimal point (dtoa mode 3).
pub(crate) fn fixed_digits(x: f64, n: usize) -> Decimal {
    // At most 1074 digits after the point are ever nonzero (2**-1074); see significant_digits.
    let s = format!("{:.*}", n.min(EXACT_DIGITS), x);
    let (int_part, frac_part) = match s.find('.') {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => (&s[..], ""),
    };
    let mut decpt = int_part.len() as i64;
    let mut digits: Vec<u8> = Vec::with_capacity(s.len());
    for b in int_part.bytes().chain(frac_part.bytes()) {
        if digits.is_empty() && b == b'0' {
            decpt -= 1;
        } else {
            digits.push(b);
        }
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return Decimal::zero();
    }
    Decimal { digits, decpt }
}

/// CPython's `PyOS_double_to_string(val, format_code, precision, flags, NULL)`.
///
/// `code` is one of `e E f F g G r`; `precision` is ignored for `r`. Upper-case codes
/// produce `E`, `INF` and `NAN`.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: u32) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let always_sign = flags & DTSF_SIGN != 0;
    let add_dot_0 = flags & DTSF_ADD_DOT_0 != 0;
    let alt = flags & DTSF_ALT != 0;
    let no_neg_0 = flags & DTSF_NO_NEG_0 != 0;
    let mut out = String::new();

    if !x.is_finite() {
        // The sign of a NaN is ignored.
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if always_sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }

    let ax = x.abs();
    let mut precision = precision as i64;
    let dec = match code {
        'e' => {
            precision += 1;
            significant_digits(ax, precision as usize)
        }
        'f' => fixed_digits(ax, precision as usize),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            significant_digits(ax, precision as usize)
        }
        _ => shortest_digits(ax),
    };

    let mut negative = x.is_sign_negative();
    if no_neg_0 && negative && dec.is_zero() {
        negative = false;
    }

    let digits = &dec.digits;
    let digits_len = digits.len() as i64;
    let mut decpt = dec.decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }

    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let push_zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };

    if negative {
        out.push('-');
    } else if always_sign {
        out.push('+');
    }
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vdigits_start);
    }
    let as_str = |d: &[u8]| -> String { d.iter().map(|&b| b as char).collect() };
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&as_str(&digits[..decpt as usize]));
        out.push('.');
        out.push_str(&as_str(&digits[decpt as usize..]));
    } else {
        out.push_str(&as_str(digits));
    }
    if digits_len < decpt {
        push_zeros(&mut out, decpt - digits_len);
        out.push('.');
        push_zeros(&mut out, vdigits_end - decpt);
    } else {
        push_zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes() {
        assert_eq!(double_to_string(1.0, 'r', 0, DTSF_ADD_DOT_0), "1.0");
        assert_eq!(double_to_string(1.0, 'r', 0, 0), "1");
        assert_eq!(double_to_string(-0.0, 'r', 0, DTSF_ADD_DOT_0), "-0.0");
        assert_eq!(double_to_string(1e16, 'r', 0, DTSF_ADD_DOT_0), "1e+16");
        assert_eq!(double_to_string(1e-5, 'r', 0, DTSF_ADD_DOT_0), "1e-05");
        assert_eq!(double_to_string(0.0001, 'r', 0, DTSF_ADD_DOT_0), "0.0001");
        assert_eq!(double_to_string(2.5, 'e', 0, 0), "2e+00");
        assert_eq!(double_to_string(12345.678, 'E', 3, 0), "1.235E+04");
        assert_eq!(double_to_string(1.0, 'f', 0, DTSF_ALT), "1.");
        assert_eq!(double_to_string(1.0, 'g', 6, DTSF_ALT), "1.00000");
        assert_eq!(double_to_string(0.0, 'g', 6, DTSF_ALT), "0.00000");
        assert_eq!(double_to_string(1e-5, 'g', 3, 0), "1e-05");
        assert_eq!(double_to_string(1234567.0, 'g', 6, 0), "1.23457e+06");
        assert_eq!(double_to_string(100.0, 'g', 3, DTSF_ADD_DOT_0), "1e+02");
        assert_eq!(double_to_string(-0.001, 'f', 2, DTSF_NO_NEG_0), "0.00");
        assert_eq!(double_to_string(-0.001, 'e', 2, DTSF_NO_NEG_0), "-1.00e-03");
        assert_eq!(double_to_string(f64::NAN, 'F', 2, DTSF_SIGN), "+NAN");
        assert_eq!(double_to_string(-f64::INFINITY, 'g', 2, 0), "-inf");
        assert_eq!(double_to_string(1e300, 'e', 2, 0), "1.00e+300");
        assert_eq!(double_to_string(0.5, 'f', 0, 0), "0");
        assert_eq!(double_to_string(9.96, 'f', 1, 0), "10.0");
    }
}
