//! printf-style `%` formatting: parsing one conversion spec and formatting ints/floats (and padding strings) exactly like CPython's `PyUnicode_Format`.

use num_bigint::{BigInt, Sign};

use super::dtoa::{double_to_string, DTSF_ALT};
use super::FormatError;

/// A width or precision as written in the conversion spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentNum {
    /// Not given.
    Absent,
    /// Given literally.
    Value(usize),
    /// `*`: take it from the next argument (width before precision, both before the value).
    FromArgs,
}

/// One conversion spec as parsed from the format string (`%(key)#0- +*.*hd`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpecParsed {
    /// The mapping key of `%(key)s`, if any.
    pub key: Option<String>,
    /// `-` flag.
    pub left: bool,
    /// `+` flag.
    pub plus: bool,
    /// ` ` flag.
    pub space: bool,
    /// `#` flag.
    pub alternate: bool,
    /// `0` flag.
    pub zero: bool,
    pub width: PercentNum,
    pub precision: PercentNum,
    /// The conversion character (not validated: the caller raises
    /// `ValueError("unsupported format character 'z' (0x7a) at index N")` itself, with
    /// N = position of `conv` = `*pos - 1` after parsing).
    pub conv: char,
    /// True for `%%` (a literal percent sign directly after the `%`); the caller writes
    /// `'%'` and consumes no argument. A `%` conversion reached after flags, width or a
    /// key (`'%5%'`) is *not* literal: CPython consumes an argument and then reports an
    /// unsupported format character.
    pub literal_percent: bool,
}

/// A conversion spec with `*` width/precision resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    pub left: bool,
    pub plus: bool,
    pub space: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub conv: char,
}

impl PercentSpecParsed {
    /// Resolve `*` values: `star_width` / `star_precision` are the int arguments taken
    /// for `PercentNum::FromArgs` (ignored otherwise). A negative `*` width means left
    /// alignment; a negative `*` precision means 0. (The caller raises
    /// `TypeError("* wants int")` for non-int arguments and the `OverflowError`s for
    /// values not fitting `Py_ssize_t` / C `int`.)
    pub fn resolve(&self, star_width: Option<i64>, star_precision: Option<i64>) -> PercentSpec {
        let mut left = self.left;
        let width = match self.width {
            PercentNum::Absent => None,
            PercentNum::Value(w) => Some(w),
            PercentNum::FromArgs => {
                let w = star_width.unwrap_or(0);
                if w < 0 {
                    left = true;
                }
                Some(w.unsigned_abs() as usize)
            }
        };
        let precision = match self.precision {
            PercentNum::Absent => None,
            PercentNum::Value(p) => Some(p),
            PercentNum::FromArgs => Some(star_precision.unwrap_or(0).max(0) as usize),
        };
        PercentSpec { left, plus: self.plus, space: self.space, alternate: self.alternate, zero: self.zero, width, precision, conv: self.conv }
    }
}

fn incomplete() -> FormatError {
    FormatError::Value("incomplete format".to_string())
}

/// Parse one conversion spec. `*pos` points just after the `%` and is advanced past the
/// conversion character. Errors: `incomplete format`, `incomplete format key`,
/// `width too big`, `precision too big` (all ValueError). The caller must itself raise
/// `TypeError("format requires a mapping")` for `%(` when the argument is not a mapping.
pub fn parse_percent_spec(chars: &[char], pos: &mut usize) -> Result<PercentSpecParsed, FormatError> {
    let mut p = *pos;
    let mut spec = PercentSpecParsed {
        key: None,
        left: false,
        plus: false,
        space: false,
        alternate: false,
        zero: false,
        width: PercentNum::Absent,
        precision: PercentNum::Absent,
        conv: '%',
        literal_percent: false,
    };
    if chars.get(p) == Some(&'%') {
        spec.literal_percent = true;
        *pos = p + 1;
        return Ok(spec);
    }
    if chars.get(p) == Some(&'(') {
        p += 1;
        let start = p;
        let mut depth = 1;
        while depth > 0 {
            match chars.get(p) {
                None => return Err(FormatError::Value("incomplete format key".to_string())),
                Some(')') => depth -= 1,
                Some('(') => depth += 1,
                _ => {}
            }
            p += 1;
        }
        spec.key = Some(chars[start..p - 1].iter().collect());
    }
    let next = |p: &mut usize| -> Result<char, FormatError> {
        let c = chars.get(*p).copied().ok_or_else(incomplete)?;
        *p += 1;
        Ok(c)
    };
    let mut ch = next(&mut p)?;
    loop {
        match ch {
            '-' => spec.left = true,
            '+' => spec.plus = true,
            ' ' => spec.space = true,
            '#' => spec.alternate = true,
            '0' => spec.zero = true,
            _ => break,
        }
        ch = next(&mut p)?;
    }
    if ch == '*' {
        spec.width = PercentNum::FromArgs;
        ch = next(&mut p)?;
    } else if ch.is_ascii_digit() {
        let mut w: u64 = 0;
        while ch.is_ascii_digit() {
            let d = ch as u64 - '0' as u64;
            if w > (i64::MAX as u64 - d) / 10 {
                return Err(FormatError::Value("width too big".to_string()));
            }
            w = w * 10 + d;
            ch = next(&mut p)?;
        }
        spec.width = PercentNum::Value(w as usize);
    }
    if ch == '.' {
        spec.precision = PercentNum::Value(0);
        ch = next(&mut p)?;
        if ch == '*' {
            spec.precision = PercentNum::FromArgs;
            ch = next(&mut p)?;
        } else if ch.is_ascii_digit() {
            let mut v: u64 = 0;
            while ch.is_ascii_digit() {
                let d = ch as u64 - '0' as u64;
                if v > (i32::MAX as u64 - d) / 10 {
                    return Err(FormatError::Value("precision too big".to_string()));
                }
                v = v * 10 + d;
                ch = next(&mut p)?;
            }
            spec.precision = PercentNum::Value(v as usize);
        }
    }
    if matches!(ch, 'h' | 'l' | 'L') {
        ch = next(&mut p)?;
    }
    spec.conv = ch;
    *pos = p;
    Ok(spec)
}

/// CPython's `unicode_format_arg_output`: pad `body` per flags/width. `numeric` enables
/// sign handling, zero fill and the `#` prefix of `o x X`.
fn format_arg_output(body: &str, spec: &PercentSpec, numeric: bool) -> String {
    let chars: Vec<char> = body.chars().collect();
    let mut len = chars.len();
    if !numeric && matches!(spec.conv, 's' | 'r' | 'a') {
        if let Some(p) = spec.precision {
            len = len.min(p);
        }
    }
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    let mut width = spec.width.unwrap_or(0);
    let mut pindex = 0;
    let mut sign: Option<char> = None;
    if numeric {
        if let Some(&c) = chars.first().filter(|c| **c == '-' || **c == '+') {
            sign = Some(c);
            len -= 1;
            pindex = 1;
        } else if spec.plus {
            sign = Some('+');
        } else if spec.space {
            sign = Some(' ');
        }
    }
    if width < len {
        width = len;
    }
    let mut out = String::with_capacity(width + 2);
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = numeric && spec.alternate && matches!(spec.conv, 'x' | 'X' | 'o');
    if has_prefix {
        if fill != ' ' {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !spec.left {
        for _ in 0..width - len {
            out.push(fill);
        }
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if has_prefix {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len]);
    if width > len {
        for _ in 0..width - len {
            out.push(' ');
        }
    }
    out
}

/// `'%d' % v` and friends: conversions `d i u x X o` with flags `#0- +`, width and
/// precision (minimum number of digits). E.g. `'%#o' % 8 == '0o10'`.
pub fn percent_format_int(v: &BigInt, spec: &PercentSpec) -> String {
    let (radix, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(radix);
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut body = String::with_capacity(digits.len() + 4);
    if v.sign() == Sign::Minus {
        body.push('-');
    }
    if spec.alternate {
        body.push_str(prefix);
    }
    if let Some(p) = spec.precision {
        for _ in digits.len()..p {
            body.push('0');
        }
    }
    body.push_str(&digits);
    format_arg_output(&body, spec, true)
}

/// `'%f' % x` and friends: conversions `e E f F g G` with flags `#0- +`, width and
/// precision (default 6).
pub fn percent_format_float(x: f64, spec: &PercentSpec) -> String {
    let flags = if spec.alternate { DTSF_ALT } else { 0 };
    let body = double_to_string(x, spec.conv, spec.precision.unwrap_or(6), flags);
    format_arg_output(&body, spec, true)
}

/// Padding for the non-numeric conversions `s r a c`: `s` is the already converted text
/// (`str()`, `repr()`, `ascii()` or the character); precision truncates for `s r a`.
/// Flags other than `-` are ignored, as in CPython.
pub fn percent_pad_str(s: &str, spec: &PercentSpec) -> String {
    format_arg_output(s, spec, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(f: &str) -> Result<PercentSpecParsed, FormatError> {
        let chars: Vec<char> = f.chars().collect();
        let mut pos = 1;
        parse_percent_spec(&chars, &mut pos)
    }

    fn pi(f: &str, v: i64) -> String {
        percent_format_int(&BigInt::from(v), &parse(f).unwrap().resolve(None, None))
    }

    fn pf(f: &str, x: f64) -> String {
        percent_format_float(x, &parse(f).unwrap().resolve(None, None))
    }

    #[test]
    fn ints() {
        assert_eq!(pi("%#o", 8), "0o10");
        assert_eq!(pi("%#x", 255), "0xff");
        assert_eq!(pi("%#5X", 255), " 0XFF");
        assert_eq!(pi("%#05X", 255), "0X0FF");
        assert_eq!(pi("%-#8x", 255), "0xff    ");
        assert_eq!(pi("%+#08x", -255), "-0x000ff");
        assert_eq!(pi("% d", 5), " 5");
        assert_eq!(pi("%+.5d", -42), "-00042");
        assert_eq!(pi("%#.3x", 5), "0x005");
        assert_eq!(pi("%.3x", -5), "-005");
        assert_eq!(pi("%0-5d", 3), "3    ");
        assert_eq!(pi("% +d", 3), "+3");
        assert_eq!(pi("%ld", 5), "5");
    }

    #[test]
    fn floats() {
        assert_eq!(pf("%.3g", 1e-5), "1e-05");
        assert_eq!(pf("%5.1f", -0.0), " -0.0");
        assert_eq!(pf("%05.1f", -0.0), "-00.0");
        assert_eq!(pf("%+05.1f", f64::NAN), "+0nan");
        assert_eq!(pf("%05f", f64::INFINITY), "00inf");
        assert_eq!(pf("%#.0f", 1.0), "1.");
        assert_eq!(pf("%#g", 1.0), "1.00000");
        assert_eq!(pf("%10.3e", 12345.678), " 1.235e+04");
        assert_eq!(pf("%-10.3E", 12345.678), "1.235E+04 ");
        assert_eq!(pf("%F", f64::INFINITY), "INF");
    }

    #[test]
    fn parsing() {
        let s = parse("%(a(b)c)-*.*f").unwrap();
        assert_eq!(s.key.as_deref(), Some("a(b)c"));
        assert_eq!(s.width, PercentNum::FromArgs);
        assert_eq!(s.precision, PercentNum::FromArgs);
        let r = s.resolve(Some(-7), Some(-2));
        assert!(r.left);
        assert_eq!(r.width, Some(7));
        assert_eq!(r.precision, Some(0));
        assert!(parse("%%").unwrap().literal_percent);
        assert!(!parse("%5%").unwrap().literal_percent);
        assert_eq!(parse("%5").unwrap_err().message(), "incomplete format");
        assert_eq!(parse("%(a").unwrap_err().message(), "incomplete format key");
        assert_eq!(parse("%.").unwrap_err().message(), "incomplete format");
        assert_eq!(parse("%99999999999999999999d").unwrap_err().message(), "width too big");
        assert_eq!(parse("%.99999999999d").unwrap_err().message(), "precision too big");
        let s = parse("%.f").unwrap();
        assert_eq!(s.precision, PercentNum::Value(0));
        assert_eq!(percent_pad_str("abc", &parse("%5.2s").unwrap().resolve(None, None)), "   ab");
        assert_eq!(percent_pad_str("A", &parse("%05c").unwrap().resolve(None, None)), "    A");
    }
}
