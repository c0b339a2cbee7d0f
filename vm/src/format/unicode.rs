//! Unicode character classes used by number parsing: Python's `str.isspace()` and decimal digit values (Unicode 14.0, as CPython 3.11).

/// Code points of every Unicode digit zero (category Nd). Each block is ten consecutive
/// code points with values 0..=9 (a Unicode stability guarantee).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810,
    0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066,
    0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The decimal value of `c` if it is a Unicode decimal digit (`str.isdecimal()`), like
/// CPython's `Py_UNICODE_TODECIMAL`.
pub fn to_decimal_digit(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - 0x30);
    }
    if cp < 0x660 {
        return None;
    }
    // Last zero that is <= cp.
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let zero = DECIMAL_ZEROS[idx - 1];
    if cp - zero < 10 {
        Some(cp - zero)
    } else {
        None
    }
}

/// Python's `str.isspace()` for a single character (`Py_UNICODE_ISSPACE`).
pub fn is_py_space(c: char) -> bool {
    matches!(
        c as u32,
        0x09..=0x0D
            | 0x1C..=0x20
            | 0x85
            | 0xA0
            | 0x1680
            | 0x2000..=0x200A
            | 0x2028
            | 0x2029
            | 0x202F
            | 0x205F
            | 0x3000
    )
}

/// ASCII whitespace as tested by CPython's `Py_ISSPACE` (space, \t, \n, \v, \f, \r).
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII whitespace becomes
/// `' '`, non-ASCII decimal digits become ASCII digits. Returns `None` when any other
/// non-ASCII character is present (the result could never parse as a number), or when
/// the string contains a NUL byte (CPython's C parsers stop at NUL).
pub(crate) fn transform_decimal_and_space(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp == 0 {
            return None;
        }
        if cp < 127 {
            out.push(cp as u8);
        } else if is_py_space(c) {
            out.push(b' ');
        } else if let Some(d) = to_decimal_digit(c) {
            out.push(b'0' + d as u8);
        } else {
            return None;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits() {
        assert_eq!(to_decimal_digit('7'), Some(7));
        assert_eq!(to_decimal_digit('\u{663}'), Some(3));
        assert_eq!(to_decimal_digit('\u{1D7FF}'), Some(9));
        assert_eq!(to_decimal_digit('\u{1D7CE}'), Some(0));
        assert_eq!(to_decimal_digit('a'), None);
        assert_eq!(to_decimal_digit('\u{B2}'), None); // superscript two is not decimal
        assert_eq!(to_decimal_digit('\u{66A}'), None);
    }

    #[test]
    fn spaces() {
        assert!(is_py_space('\u{1C}'));
        assert!(is_py_space('\u{3000}'));
        assert!(!is_py_space('\u{200B}'));
        assert!(!is_py_space('\u{180E}'));
    }
}
