//! Numeric text helpers shared by `int()`, `float()` and `complex()`: CPython's
//! decimal-and-space transform of a str and the float-prefix scanner (`_PyOS_ascii_strtod`
//! with an end pointer).

use rpy_vm::format::{is_py_space, to_decimal_digit};

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII is kept, other whitespace becomes a
/// space, other decimal digits become ASCII digits; anything else becomes `?` and ends the
/// text (so parsing fails there).
pub fn ascii_number_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c);
        } else if is_py_space(c) {
            out.push(' ');
        } else if let Some(d) = to_decimal_digit(c) {
            out.push(char::from(b'0' + d as u8));
        } else {
            out.push('?');
            break;
        }
    }
    out
}

/// CPython's `Py_ISSPACE` (C locale whitespace).
pub fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// The length of the longest float literal at the start of `t` (sign, digits with an
/// optional point, optional exponent; or inf/infinity/nan), 0 if there is none.
pub fn float_prefix_len(t: &[u8]) -> usize {
    let n = t.len();
    let mut i = 0;
    if i < n && (t[i] == b'+' || t[i] == b'-') {
        i += 1;
    }
    let start = i;
    while i < n && t[i].is_ascii_digit() {
        i += 1;
    }
    let mut digits = i - start;
    if i < n && t[i] == b'.' {
        let f = i + 1;
        let mut j = f;
        while j < n && t[j].is_ascii_digit() {
            j += 1;
        }
        if digits > 0 || j > f {
            digits += j - f;
            i = j;
        }
    }
    if digits == 0 {
        let rest = &t[start..];
        let word = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
        if word(b"infinity") {
            return start + 8;
        }
        if word(b"inf") || word(b"nan") {
            return start + 3;
        }
        return 0;
    }
    if i < n && (t[i] == b'e' || t[i] == b'E') {
        let mut j = i + 1;
        if j < n && (t[j] == b'+' || t[j] == b'-') {
            j += 1;
        }
        let e = j;
        while j < n && t[j].is_ascii_digit() {
            j += 1;
        }
        if j > e {
            i = j;
        }
    }
    i
}

/// Parses the float literal at the start of `t`: (value, bytes used), None if there is none.
pub fn parse_float_prefix(t: &str) -> Option<(f64, usize)> {
    let len = float_prefix_len(t.as_bytes());
    if len == 0 {
        return None;
    }
    rpy_vm::format::parse_float(&t[..len]).map(|v| (v, len))
}
