//! Per-character Unicode classification and case mapping with Python's (Unicode 14.0) rules.

use super::ucd;
use rpy_vm::format::{is_py_space, to_decimal_digit};

fn in_table(t: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    t.binary_search_by(|&(a, b)| {
        if b < cp {
            std::cmp::Ordering::Less
        } else if a > cp {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

fn in_map(t: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = c as u32;
    t.binary_search_by_key(&cp, |&(k, _)| k).ok().map(|i| t[i].1)
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(ucd::ALPHA, c)
}

pub fn is_decimal(c: char) -> bool {
    to_decimal_digit(c).is_some()
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(ucd::DIGIT, c)
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(ucd::NUMERIC, c)
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

pub fn is_space(c: char) -> bool {
    is_py_space(c)
}

pub fn is_printable(c: char) -> bool {
    rpy_vm::objects::unicode_printable::is_printable(c)
}

pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_table(ucd::XID_START, c)
}

pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_table(ucd::XID_CONTINUE, c)
}

pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_table(ucd::LOWER, c)
}

pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_table(ucd::UPPER, c)
}

pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(ucd::TITLE, c)
}

pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

pub fn is_case_ignorable(c: char) -> bool {
    in_table(ucd::CASE_IGNORABLE, c)
}

/// Appends the full lowercase mapping of `c` (without the final-sigma rule).
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if in_table(ucd::NO_LOWER, c) {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if in_table(ucd::NO_UPPER, c) {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

pub fn push_title(c: char, out: &mut String) {
    match in_map(ucd::TITLE_MAP, c) {
        Some(s) => out.push_str(s),
        None => push_upper(c, out),
    }
}

pub fn push_casefold(c: char, out: &mut String) {
    match in_map(ucd::FOLD_MAP, c) {
        Some(s) => out.push_str(s),
        None => push_lower(c, out),
    }
}

/// Lowercases `chars[i]`, applying the final-sigma rule for U+03A3 (CPython's `lower_ucs4`).
pub fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(final_sigma(chars, i));
    } else {
        push_lower(c, out);
    }
}

/// CPython's `handle_capital_sigma`.
fn final_sigma(chars: &[char], i: usize) -> char {
    let mut j = i;
    let mut prev_cased = false;
    while j > 0 {
        j -= 1;
        let c = chars[j];
        if !is_case_ignorable(c) {
            prev_cased = is_cased(c);
            break;
        }
    }
    let mut fin = prev_cased;
    if fin {
        let mut k = i + 1;
        while k < chars.len() && is_case_ignorable(chars[k]) {
            k += 1;
        }
        fin = k == chars.len() || !is_cased(chars[k]);
    }
    if fin {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    }
}
