//! str case conversion (lower upper title capitalize swapcase casefold) and the character
//! class predicates (isalpha isdigit … istitle isidentifier).

use super::argutil::no_args;
use super::chars::*;
use super::this;
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::{PyResult, Value, Vm};

fn chars_of(s: &str) -> Vec<char> {
    s.chars().collect()
}

/// `str.lower()` of a Rust string (with the final-sigma rule).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&chars, i, &mut out);
    }
    out
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(c, &mut out);
    }
    out
}

fn title(s: &str) -> String {
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&chars, i, &mut out);
        } else {
            push_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn capitalize(s: &str) -> String {
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(chars[0], &mut out);
        } else {
            push_lower_at(&chars, i, &mut out);
        }
    }
    out
}

fn swapcase(s: &str) -> String {
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&chars, i, &mut out);
        } else if is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_casefold(c, &mut out);
    }
    out
}

fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        if is_lower(c) {
            cased = true;
        }
    }
    cased
}

fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        if is_upper(c) {
            cased = true;
        }
    }
    cased
}

fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_xid_start(c) => it.all(is_xid_continue),
        _ => false,
    }
}

fn all_nonempty(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

macro_rules! str_to_str {
    ($fname:ident, $qual:expr, $f:expr) => {
        fn $fname(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let s = this(vm, &a)?;
            no_args(vm, &a, $qual)?;
            let r: String = $f(s.as_str());
            Ok(vm.new_string(r))
        }
    };
}

macro_rules! str_pred {
    ($fname:ident, $qual:expr, $f:expr) => {
        fn $fname(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let s = this(vm, &a)?;
            no_args(vm, &a, $qual)?;
            let r: bool = $f(s.as_str());
            Ok(Value::Bool(r))
        }
    };
}

str_to_str!(str_lower, "str.lower", lower);
str_to_str!(str_upper, "str.upper", upper);
str_to_str!(str_title, "str.title", title);
str_to_str!(str_capitalize, "str.capitalize", capitalize);
str_to_str!(str_swapcase, "str.swapcase", swapcase);
str_to_str!(str_casefold, "str.casefold", casefold);
str_pred!(str_islower, "str.islower", islower);
str_pred!(str_isupper, "str.isupper", isupper);
str_pred!(str_istitle, "str.istitle", istitle);
str_pred!(str_isidentifier, "str.isidentifier", isidentifier);
str_pred!(str_isascii, "str.isascii", |s: &str| s.is_ascii());
str_pred!(str_isprintable, "str.isprintable", |s: &str| s.chars().all(is_printable));
str_pred!(str_isalpha, "str.isalpha", |s: &str| all_nonempty(s, is_alpha));
str_pred!(str_isalnum, "str.isalnum", |s: &str| all_nonempty(s, is_alnum));
str_pred!(str_isdecimal, "str.isdecimal", |s: &str| all_nonempty(s, is_decimal));
str_pred!(str_isdigit, "str.isdigit", |s: &str| all_nonempty(s, is_digit));
str_pred!(str_isnumeric, "str.isnumeric", |s: &str| all_nonempty(s, is_numeric));
str_pred!(str_isspace, "str.isspace", |s: &str| all_nonempty(s, is_space));

pub static METHODS: &[MethodDef] = &[
    MethodDef { name: "lower", func: str_lower, flags: 0, sig: "($self, /)", doc: "Return a copy of the string converted to lowercase." },
    MethodDef { name: "upper", func: str_upper, flags: 0, sig: "($self, /)", doc: "Return a copy of the string converted to uppercase." },
    MethodDef { name: "title", func: str_title, flags: 0, sig: "($self, /)", doc: "Return a version of the string where each word is titlecased.\n\nMore specifically, words start with uppercased characters and all remaining\ncased characters have lower case." },
    MethodDef { name: "capitalize", func: str_capitalize, flags: 0, sig: "($self, /)", doc: "Return a capitalized version of the string.\n\nMore specifically, make the first character have upper case and the rest lower\ncase." },
    MethodDef { name: "swapcase", func: str_swapcase, flags: 0, sig: "($self, /)", doc: "Convert uppercase characters to lowercase and lowercase characters to uppercase." },
    MethodDef { name: "casefold", func: str_casefold, flags: 0, sig: "($self, /)", doc: "Return a version of the string suitable for caseless comparisons." },
    MethodDef { name: "islower", func: str_islower, flags: 0, sig: "($self, /)", doc: "Return True if the string is a lowercase string, False otherwise.\n\nA string is lowercase if all cased characters in the string are lowercase and\nthere is at least one cased character in the string." },
    MethodDef { name: "isupper", func: str_isupper, flags: 0, sig: "($self, /)", doc: "Return True if the string is an uppercase string, False otherwise.\n\nA string is uppercase if all cased characters in the string are uppercase and\nthere is at least one cased character in the string." },
    MethodDef { name: "istitle", func: str_istitle, flags: 0, sig: "($self, /)", doc: "Return True if the string is a title-cased string, False otherwise.\n\nIn a title-cased string, upper- and title-case characters may only\nfollow uncased characters and lowercase characters only cased ones." },
    MethodDef { name: "isidentifier", func: str_isidentifier, flags: 0, sig: "($self, /)", doc: "Return True if the string is a valid Python identifier, False otherwise.\n\nCall keyword.iskeyword(s) to test whether string s is a reserved identifier,\nsuch as \"def\" or \"class\"." },
    MethodDef { name: "isascii", func: str_isascii, flags: 0, sig: "($self, /)", doc: "Return True if all characters in the string are ASCII, False otherwise.\n\nASCII characters have code points in the range U+0000-U+007F.\nEmpty string is ASCII too." },
    MethodDef { name: "isprintable", func: str_isprintable, flags: 0, sig: "($self, /)", doc: "Return True if the string is printable, False otherwise.\n\nA string is printable if all of its characters are considered printable in\nrepr() or if it is empty." },
    MethodDef { name: "isalpha", func: str_isalpha, flags: 0, sig: "($self, /)", doc: "Return True if the string is an alphabetic string, False otherwise.\n\nA string is alphabetic if all characters in the string are alphabetic and there\nis at least one character in the string." },
    MethodDef { name: "isalnum", func: str_isalnum, flags: 0, sig: "($self, /)", doc: "Return True if the string is an alpha-numeric string, False otherwise.\n\nA string is alpha-numeric if all characters in the string are alpha-numeric and\nthere is at least one character in the string." },
    MethodDef { name: "isdecimal", func: str_isdecimal, flags: 0, sig: "($self, /)", doc: "Return True if the string is a decimal string, False otherwise.\n\nA string is a decimal string if all characters in the string are decimal and\nthere is at least one character in the string." },
    MethodDef { name: "isdigit", func: str_isdigit, flags: 0, sig: "($self, /)", doc: "Return True if the string is a digit string, False otherwise.\n\nA string is a digit string if all characters in the string are digits and there\nis at least one character in the string." },
    MethodDef { name: "isnumeric", func: str_isnumeric, flags: 0, sig: "($self, /)", doc: "Return True if the string is a numeric string, False otherwise.\n\nA string is numeric if all characters in the string are numeric and there is at\nleast one character in the string." },
    MethodDef { name: "isspace", func: str_isspace, flags: 0, sig: "($self, /)", doc: "Return True if the string is a whitespace string, False otherwise.\n\nA string is whitespace if all characters in the string are whitespace and there\nis at least one character in the string." },
];
