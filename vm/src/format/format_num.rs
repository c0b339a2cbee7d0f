//! `format(value, spec)` for int, float, complex and str (CPython's `formatter_unicode.c`), plus `complex.__repr__` and `bin/oct/hex`.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::dtoa::{double_to_string, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, DTSF_SIGN};
use super::number_layout::{layout_number, pad, split_float_string, Layout, NumberParts};
use super::spec::{describe_code, FormatSpec};
use super::FormatError;

fn value_error(msg: &str) -> FormatError {
    FormatError::Value(msg.to_string())
}

fn unknown_code(code: char, type_name: &str) -> FormatError {
    FormatError::Value(format!("Unknown format code '{}' for object of type '{}'", describe_code(code), type_name))
}

/// `bin()`, `oct()`, `hex()` (radix 2, 8, 16 with `prefix`): e.g. `-0x1f`. Other radixes
/// (2..=36; anything else panics) give plain lower-case digits.
pub fn int_to_radix(v: &BigInt, radix: u32, prefix: bool) -> String {
    let digits = v.magnitude().to_str_radix(radix);
    let mut out = String::with_capacity(digits.len() + 3);
    if v.sign() == Sign::Minus {
        out.push('-');
    }
    if prefix {
        out.push_str(match radix {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&digits);
    out
}

/// Correctly rounded int -> float conversion (`float(int)`), with CPython's
/// `OverflowError("int too large to convert to float")`.
pub fn bigint_to_f64(v: &BigInt) -> Result<f64, FormatError> {
    let mag = v.magnitude();
    let bits = mag.bits();
    let f = if bits <= 64 {
        mag.to_u64().unwrap_or(0) as f64
    } else {
        let shift = bits - 64;
        let mut top = (mag >> shift).to_u64().unwrap_or(u64::MAX);
        if mag.trailing_zeros().unwrap_or(0) < shift {
            top |= 1; // sticky bit: something nonzero was shifted out
        }
        let r = top as f64;
        if shift > 1023 {
            f64::INFINITY
        } else {
            r * f64::from_bits((shift + 1023) << 52)
        }
    };
    if f.is_infinite() {
        return Err(FormatError::Overflow("int too large to convert to float".to_string()));
    }
    Ok(if v.sign() == Sign::Minus { -f } else { f })
}

/// `format(int, spec)`. `type_name` is used in error messages (`'int'`, `'bool'`, or a
/// subclass name). Note: an *empty* spec must be handled by the caller as `str(obj)`.
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_long_internal(v, spec),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = bigint_to_f64(v)?;
            format_float_internal(x, spec)
        }
        Some(c) => Err(unknown_code(c, type_name)),
    }
}

fn format_long_internal(v: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    if spec.z {
        return Err(value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let ty = spec.ty.unwrap_or('d');
    let layout = Layout {
        fill: spec.fill,
        align: spec.align_or('>'),
        sign: spec.sign,
        width: spec.width,
        grouping: match (spec.grouping, ty) {
            (Some('_'), 'b' | 'o' | 'x' | 'X') => Some(('_', 4)),
            (Some(sep), _) => Some((sep, 3)),
            (None, _) => None,
        },
    };
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let code = v.to_i64().ok_or_else(|| FormatError::Overflow("Python int too large to convert to C long".to_string()))?;
        if !(0..=0x10ffff).contains(&code) {
            return Err(FormatError::Overflow("%c arg not in range(0x110000)".to_string()));
        }
        // Lone surrogates cannot be represented in a Rust string.
        let ch = char::from_u32(code as u32).unwrap_or('\u{FFFD}');
        let s = ch.to_string();
        let parts = NumberParts { negative: false, prefix: "", digits: "", has_decimal: false, remainder: &s };
        return Ok(layout_number(&parts, &layout));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts =
        NumberParts { negative: v.sign() == Sign::Minus, prefix: if spec.alternate { prefix } else { "" }, digits: &digits, has_decimal: false, remainder: "" };
    Ok(layout_number(&parts, &layout))
}

/// `format(float, spec)`. `type_name` is used in error messages (`'float'` or a
/// subclass name). Types `e E f F g G n %` and none; an empty spec gives `repr(x)`.
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_internal(x, spec),
        Some(c) => Err(unknown_code(c, type_name)),
    }
}

/// Resolve the float presentation type, precision and dtoa flags (shared by float and
/// complex formatting). Returns `(code, precision, flags, value multiplier is 100)`.
fn float_params(spec: &FormatSpec, for_complex: bool) -> Result<(char, usize, u32, bool), FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_error("precision too big"));
    }
    let mut flags = 0;
    if spec.alternate {
        flags |= DTSF_ALT;
    }
    if spec.z {
        flags |= DTSF_NO_NEG_0;
    }
    let mut default_precision = 6;
    let mut ty = spec.ty.unwrap_or('r');
    if spec.ty.is_none() {
        if !for_complex {
            flags |= DTSF_ADD_DOT_0;
        }
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut percent = false;
    if ty == '%' {
        ty = 'f';
        percent = true;
    }
    let precision = match spec.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    Ok((ty, precision, flags, percent))
}

fn float_grouping(spec: &FormatSpec) -> Option<(char, usize)> {
    spec.grouping.map(|sep| (sep, 3))
}

fn format_float_internal(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let (ty, precision, flags, percent) = float_params(spec, false)?;
    let val = if percent { x * 100.0 } else { x };
    let mut s = double_to_string(val, ty, precision, flags);
    if percent {
        s.push('%');
    }
    let (negative, digits, has_decimal, remainder) = split_float_string(&s);
    let parts = NumberParts { negative, prefix: "", digits, has_decimal, remainder };
    let layout = Layout { fill: spec.fill, align: spec.align_or('>'), sign: spec.sign, width: spec.width, grouping: float_grouping(spec) };
    Ok(layout_number(&parts, &layout))
}

/// `format(complex, spec)`. `type_name` is used in error messages (`'complex'` or a
/// subclass name). An empty spec should be handled by the caller as `str(obj)` (which
/// gives the same result as `complex_repr`).
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    if let Some(c) = spec.ty {
        if !matches!(c, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return Err(unknown_code(c, type_name));
        }
    }
    let (ty, precision, flags, _) = float_params(spec, true)?;
    if spec.fill == '0' {
        return Err(value_error("Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == Some('=') {
        return Err(value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let (mut skip_re, mut add_parens) = (false, false);
    if spec.ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    let re_s = double_to_string(re, ty, precision, flags);
    let im_s = double_to_string(im, ty, precision, flags);
    let grouping = float_grouping(spec);
    let piece = |s: &str, sign: Option<char>| -> String {
        let (negative, digits, has_decimal, remainder) = split_float_string(s);
        let parts = NumberParts { negative, prefix: "", digits, has_decimal, remainder };
        layout_number(&parts, &Layout { fill: ' ', align: '<', sign, width: None, grouping })
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&piece(&re_s, spec.sign));
    }
    body.push_str(&piece(&im_s, if skip_re { spec.sign } else { Some('+') }));
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let len = body.chars().count();
    Ok(pad(&body, len, spec.width, spec.align_or('>'), spec.fill))
}

/// `repr(complex)` / `str(complex)`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`, `-0j`.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", double_to_string(im, 'r', 0, 0))
    } else {
        format!("({}{}j)", double_to_string(re, 'r', 0, 0), double_to_string(im, 'r', 0, DTSF_SIGN))
    }
}

/// `format(str, spec)`: types `s` and none; precision truncates (code points); default
/// alignment is left. `type_name` is used in error messages (`'str'` or a subclass name).
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    match spec.ty {
        None => {
            // The default type 's' is checked against the grouping option at parse time.
            if let Some(sep) = spec.grouping {
                return Err(FormatError::Value(format!("Cannot specify '{}' with 's'.", sep)));
            }
        }
        Some('s') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    match spec.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.z {
        return Err(value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(value_error("Alternate form (#) not allowed in string format specifier"));
    }
    let align = spec.align_or('<');
    if align == '=' {
        return Err(value_error("'=' alignment not allowed in string format specifier"));
    }
    let mut len = s.chars().count();
    let body = match spec.precision {
        Some(p) if p < len => {
            len = p;
            let end = s.char_indices().nth(p).map(|(i, _)| i).unwrap_or(s.len());
            &s[..end]
        }
        _ => s,
    };
    Ok(pad(body, len, spec.width, align, spec.fill))
}

#[cfg(test)]
mod tests {
    use super::super::spec::parse_spec;
    use super::*;
    use num_traits::Zero;

    fn fi(v: i64, spec: &str) -> String {
        let s = parse_spec(spec, "int").unwrap();
        match format_int(&BigInt::from(v), &s, "int") {
            Ok(r) => r,
            Err(e) => format!("ERR {}", e),
        }
    }

    fn ff(x: f64, spec: &str) -> String {
        let s = parse_spec(spec, "float").unwrap();
        match format_float(x, &s, "float") {
            Ok(r) => r,
            Err(e) => format!("ERR {}", e),
        }
    }

    fn fc(re: f64, im: f64, spec: &str) -> String {
        let s = parse_spec(spec, "complex").unwrap();
        match format_complex(re, im, &s, "complex") {
            Ok(r) => r,
            Err(e) => format!("ERR {}", e),
        }
    }

    fn fs(v: &str, spec: &str) -> String {
        let s = parse_spec(spec, "str").unwrap();
        match format_str(v, &s, "str") {
            Ok(r) => r,
            Err(e) => format!("ERR {}", e),
        }
    }

    #[test]
    fn ints() {
        assert_eq!(fi(5, "05"), "00005");
        assert_eq!(fi(5, "<05"), "50000");
        assert_eq!(fi(5, "^05"), "00500");
        assert_eq!(fi(1234, "08,"), "0,001,234");
        assert_eq!(fi(1234, "08_x"), "000_04d2");
        assert_eq!(fi(12345678, "#012_x"), "0x0_00bc_614e");
        assert_eq!(fi(-255, "#010X"), "-0X00000FF");
        assert_eq!(fi(1234567, "n"), "1234567");
        assert_eq!(fi(65, "c"), "A");
        assert_eq!(fi(65, "05c"), "0000A");
        assert_eq!(fi(-1, "c"), "ERR %c arg not in range(0x110000)");
        assert_eq!(fi(1, "+c"), "ERR Sign not allowed with integer format specifier 'c'");
        assert_eq!(fi(1, "#c"), "ERR Alternate form (#) not allowed with integer format specifier 'c'");
        assert_eq!(fi(1, ".2"), "ERR Precision not allowed in integer format specifier");
        assert_eq!(fi(1, "z"), "ERR Negative zero coercion (z) not allowed in integer format specifier");
        assert_eq!(fi(1, "s"), "ERR Unknown format code 's' for object of type 'int'");
        assert_eq!(fi(1, "\u{1}"), "ERR Unknown format code '\\x1' for object of type 'int'");
        assert_eq!(fi(10, "#b"), "0b1010");
        assert_eq!(fi(-10, "+o"), "-12");
        assert_eq!(fi(10, " d"), " 10");
        assert_eq!(fi(3, "e"), "3.000000e+00");
        assert_eq!(fi(1, "%"), "100.000000%");
        assert_eq!(fi(-12345, "=+12,"), "-     12,345");
    }

    #[test]
    fn floats() {
        assert_eq!(ff(1.0, ""), "1.0");
        assert_eq!(ff(1e20, ""), "1e+20");
        assert_eq!(ff(1.5, ".3"), "1.5");
        assert_eq!(ff(12345.0, ".3"), "1.23e+04");
        assert_eq!(ff(100.0, ".3"), "1e+02");
        assert_eq!(ff(1.0, "#.0"), "1.e+00");
        assert_eq!(ff(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(ff(f64::NEG_INFINITY, "=+10"), "-      inf");
        assert_eq!(ff(-0.0, "z"), "0.0");
        assert_eq!(ff(-1e-10, "z%"), "0.000000%");
        assert_eq!(ff(1234567.5, ",.2f"), "1,234,567.50");
        assert_eq!(ff(1234567.5, "_"), "1_234_567.5");
        assert_eq!(ff(0.5, ".0%"), "50%");
        assert_eq!(ff(1234567.0, "n"), "1.23457e+06");
        assert_eq!(ff(f64::NAN, "+E"), "+NAN");
        assert_eq!(ff(1.0, "d"), "ERR Unknown format code 'd' for object of type 'float'");
        assert_eq!(ff(-1234.5, "015,.2f"), "-000,001,234.50");
    }

    #[test]
    fn complexes() {
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(0.0, -0.0), "-0j");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(f64::NAN, f64::INFINITY), "(nan+infj)");
        assert_eq!(fc(1.0, 2.0, ".3"), "(1+2j)");
        assert_eq!(fc(1.0, 2.0, "g"), "1+2j");
        assert_eq!(fc(1.0, 2.0, "^20"), "       (1+2j)       ");
        assert_eq!(fc(0.0, 1.0, "+"), "+1j");
        assert_eq!(fc(0.0, 1.0, "+g"), "+0+1j");
        assert_eq!(fc(1.0, 2.0, "#"), "(1.+2.j)");
        assert_eq!(fc(-0.0, -0.0, "z"), "(0+0j)");
        assert_eq!(fc(0.0, 1.0, "05"), "ERR Zero padding is not allowed in complex format specifier");
        assert_eq!(fc(0.0, 1.0, "x=5"), "ERR '=' alignment flag is not allowed in complex format specifier");
        assert_eq!(fc(0.0, 1.0, "d"), "ERR Unknown format code 'd' for object of type 'complex'");
    }

    #[test]
    fn strings() {
        assert_eq!(fs("ab", "05"), "ab000");
        assert_eq!(fs("ab", ">05"), "000ab");
        assert_eq!(fs("abcdef", "^8.3"), "  abc   ");
        assert_eq!(fs("h\u{e9}llo", ".2"), "h\u{e9}");
        assert_eq!(fs("a", " "), "ERR Space not allowed in string format specifier");
        assert_eq!(fs("a", "+"), "ERR Sign not allowed in string format specifier");
        assert_eq!(fs("a", "#"), "ERR Alternate form (#) not allowed in string format specifier");
        assert_eq!(fs("a", "="), "ERR '=' alignment not allowed in string format specifier");
        assert_eq!(fs("a", "d"), "ERR Unknown format code 'd' for object of type 'str'");
        assert_eq!(fs("a", ","), "ERR Cannot specify ',' with 's'.");
    }

    #[test]
    fn radix() {
        assert_eq!(int_to_radix(&BigInt::from(-31), 16, true), "-0x1f");
        assert_eq!(int_to_radix(&BigInt::from(0), 2, true), "0b0");
        assert_eq!(int_to_radix(&BigInt::from(8), 8, true), "0o10");
        assert_eq!(bigint_to_f64(&(BigInt::from(1) << 1024)).unwrap_err(), FormatError::Overflow("int too large to convert to float".to_string()));
        assert_eq!(bigint_to_f64(&((BigInt::from(1) << 1024) - 1)).unwrap_err(), FormatError::Overflow("int too large to convert to float".to_string()));
        assert_eq!(bigint_to_f64(&((BigInt::from(1) << 80) + 1)).unwrap(), 2f64.powi(80));
        assert!(BigInt::zero().is_zero());
    }
}
