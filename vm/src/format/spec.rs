//! Parser for the format-spec mini-language (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`), as CPython's `parse_internal_render_format_spec`.

use super::unicode::to_decimal_digit;
use super::FormatError;

/// A parsed format specification.
///
/// `fill` is `' '` unless given explicitly; when the `0` flag is used (and no explicit
/// fill was given) `zero` is true and `fill` is `'0'`. `align` is only set when given
/// explicitly: each formatter applies its own default (`'>'` for numbers, `'<'` for
/// strings, and `'='` for numbers with the `0` flag), see [`FormatSpec::align_or`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec { fill: ' ', align: None, sign: None, z: false, alternate: false, zero: false, width: None, grouping: None, precision: None, ty: None }
    }
}

impl FormatSpec {
    /// The effective alignment given the object's default alignment (`'>'` for numbers,
    /// `'<'` for strings). The `0` flag turns a `'>'` default into `'='`.
    pub fn align_or(&self, default_align: char) -> char {
        match self.align {
            Some(a) => a,
            None if self.zero && default_align == '>' => '=',
            None => default_align,
        }
    }
}

fn is_alignment_token(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// CPython's `get_integer`: Unicode decimal digits, error on overflow of `Py_ssize_t`.
/// Returns the value and the number of digits consumed.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), FormatError> {
    let mut acc: u64 = 0;
    let mut count = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| to_decimal_digit(c)) {
        if acc > (i64::MAX as u64 - d as u64) / 10 {
            return Err(FormatError::Value("Too many decimal digits in format string".to_string()));
        }
        acc = acc * 10 + d as u64;
        *pos += 1;
        count += 1;
    }
    Ok((acc as usize, count))
}

/// `'%c'` if printable ASCII, else `'\xNN'` (CPython's `%c`/`\\x%x` choice in messages).
pub(crate) fn describe_code(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", cp)
    }
}

/// Parse a (non-empty or empty) format spec. `type_name` is only used for the
/// "Invalid format specifier" message. An empty spec gives `FormatSpec::default()`;
/// note CPython formats objects with an empty spec as `str(obj)`, which the caller
/// handles (it matters for bool and int/float subclasses).
pub fn parse_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec::default();
    let mut fill_specified = false;

    if end >= 2 && is_alignment_token(chars[1]) {
        f.align = Some(chars[1]);
        f.fill = chars[0];
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_alignment_token(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }

    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.z = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        f.zero = true;
        pos += 1;
    }

    let (width, consumed) = get_integer(&chars, &mut pos)?;
    if consumed > 0 {
        f.width = Some(width);
    }

    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err(FormatError::Value("Cannot specify both ',' and '_'.".to_string()));
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return Err(FormatError::Value("Cannot specify both ',' and '_'.".to_string()));
    }

    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (precision, consumed) = get_integer(&chars, &mut pos)?;
        if consumed == 0 {
            return Err(FormatError::Value("Format specifier missing precision".to_string()));
        }
        f.precision = Some(precision);
    }

    if end - pos > 1 {
        return Err(FormatError::Value(format!("Invalid format specifier '{}' for object of type '{}'", spec, type_name)));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }

    if let Some(sep) = f.grouping {
        match f.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(t) => {
                return Err(FormatError::Value(format!("Cannot specify '{}' with '{}'.", sep, describe_code(t))));
            }
        }
    }
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(spec: &str) -> String {
        parse_spec(spec, "int").unwrap_err().message().to_string()
    }

    #[test]
    fn parses() {
        let f = parse_spec("*^+z#012,.3f", "float").unwrap();
        assert_eq!(f.fill, '*');
        assert_eq!(f.align, Some('^'));
        assert_eq!(f.sign, Some('+'));
        assert!(f.z && f.alternate && !f.zero);
        assert_eq!(f.width, Some(12));
        assert_eq!(f.grouping, Some(','));
        assert_eq!(f.precision, Some(3));
        assert_eq!(f.ty, Some('f'));
        let f = parse_spec("05", "int").unwrap();
        assert!(f.zero);
        assert_eq!(f.fill, '0');
        assert_eq!(f.width, Some(5));
        assert_eq!(f.align_or('>'), '=');
        assert_eq!(f.align_or('<'), '<');
        let f = parse_spec("\u{661}\u{660}", "int").unwrap();
        assert_eq!(f.width, Some(10));
        assert_eq!(parse_spec("", "int").unwrap(), FormatSpec::default());
    }

    #[test]
    fn errors() {
        assert_eq!(err("abc"), "Invalid format specifier 'abc' for object of type 'int'");
        assert_eq!(err(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(err(",,"), "Cannot specify ',' with ','.");
        assert_eq!(err("__"), "Cannot specify '_' with '_'.");
        assert_eq!(err("."), "Format specifier missing precision");
        assert_eq!(err("99999999999999999999999"), "Too many decimal digits in format string");
        assert_eq!(err(",x"), "Cannot specify ',' with 'x'.");
        assert_eq!(err(",\u{1}"), "Cannot specify ',' with '\\x1'.");
        assert_eq!(err("_\u{e9}"), "Cannot specify '_' with '\\xe9'.");
    }
}
