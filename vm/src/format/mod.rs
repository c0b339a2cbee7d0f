//! CPython-exact number/string formatting and parsing (repr, format-spec mini-language, `%`-formatting, `float()`/`int()` parsing).
//!
//! Everything here is pure Rust with no dependency on the rest of the VM, so that the
//! output can be compared byte-for-byte against CPython 3.11.

mod dtoa;
mod float_repr;
mod format_num;
mod number_layout;
mod parse;
mod percent;
mod spec;
mod unicode;

pub use dtoa::{double_to_string, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, DTSF_SIGN};
pub use float_repr::{float_from_hex, float_repr, float_to_hex, round_float, round_half_even};
pub use format_num::{bigint_to_f64, complex_repr, format_complex, format_float, format_int, format_str, int_to_radix};
pub use parse::{parse_float, parse_int};
pub use percent::{parse_percent_spec, percent_format_float, percent_format_int, percent_pad_str, PercentNum, PercentSpec, PercentSpecParsed};
pub use spec::{parse_spec, FormatSpec};
pub use unicode::{is_py_space, to_decimal_digit};

/// Error raised by the formatting functions. The caller maps `Value` to `ValueError` and
/// `Overflow` to `OverflowError`; the string is the exact CPython message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    Value(String),
    Overflow(String),
}

impl FormatError {
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m) | FormatError::Overflow(m) => m,
        }
    }
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}
