//! The codec of a standard stream: which built-in codec (`rpy_builtins::types::str::codec`)
//! an encoding name selects and its Python name (`codecs.lookup(name).name`), character
//! boundaries in encoded input, and the byte order mark of the first output, as CPython's
//! `TextIOWrapper` writes it.

use rpy_builtins::types::str::codec;
use rpy_vm::{PyResult, Vm};

pub use codec::Codec;

/// What a text stream needs to know about a built-in codec.
pub trait StreamCodec: Sized + Copy {
    /// Finds the codec `enc` names; LookupError ("unknown encoding: …") when there is none.
    fn lookup(vm: &mut Vm, enc: &str) -> PyResult<Self>;
    fn name(self) -> &'static str;
    fn has_bom(self) -> bool;
    fn bom_at_start(self, position: Option<u64>) -> bool;
    fn output_name(self, bom: bool) -> &'static str;
    fn after_start(self, first: &[u8]) -> Self;
    fn start_len(self) -> usize;
    fn char_len(self, b: &[u8], i: usize) -> Option<usize>;
}

impl StreamCodec for Codec {
    fn lookup(vm: &mut Vm, enc: &str) -> PyResult<Codec> {
        codec::lookup(vm, enc)
    }

    /// The codec's Python name (`codecs.lookup(enc).name`), which the standard streams made
    /// from `PYTHONIOENCODING` report as their `encoding`.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "iso8859-1",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(false)) => "utf-16-le",
            Codec::Utf16(Some(true)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(false)) => "utf-32-le",
            Codec::Utf32(Some(true)) => "utf-32-be",
            Codec::UnicodeEscape => "unicode-escape",
            Codec::RawUnicodeEscape => "raw-unicode-escape",
        }
    }

    /// Whether `write` may start the output with a byte order mark.
    fn has_bom(self) -> bool {
        matches!(self, Codec::Utf8Sig | Codec::Utf16(None) | Codec::Utf32(None))
    }

    /// Whether a stream created with this codec writes a byte order mark first. CPython's
    /// `TextIOWrapper` writes one for UTF-16/32 only on a seekable stream at position 0 (its
    /// fast encoders skip it elsewhere), and for utf-8-sig unless the stream is seekable at a
    /// later position.
    fn bom_at_start(self, position: Option<u64>) -> bool {
        match self {
            Codec::Utf16(None) | Codec::Utf32(None) => position == Some(0),
            Codec::Utf8Sig => !matches!(position, Some(p) if p != 0),
            _ => false,
        }
    }

    /// The codec name that encodes output: the codec itself while a byte order mark is still to
    /// be written, else its form without one (native little-endian for UTF-16/32).
    fn output_name(self, bom: bool) -> &'static str {
        match self {
            Codec::Utf8Sig if !bom => "utf-8",
            Codec::Utf16(None) if !bom => "utf-16-le",
            Codec::Utf32(None) if !bom => "utf-32-le",
            c => c.name(),
        }
    }

    /// After input starting with `first` (at least 4 bytes or all there is) has been read, the
    /// codec that decodes the rest: UTF-16/32 take their byte order from the mark, and the mark
    /// is not repeated later.
    fn after_start(self, first: &[u8]) -> Codec {
        match self {
            Codec::Utf16(None) => Codec::Utf16(Some(first.starts_with(&[0xfe, 0xff]))),
            Codec::Utf32(None) => Codec::Utf32(Some(first.starts_with(&[0, 0, 0xfe, 0xff]))),
            Codec::Utf8Sig => Codec::Utf8,
            c => c,
        }
    }

    /// Bytes of input needed before the codec for the rest is known (`after_start`).
    fn start_len(self) -> usize {
        match self {
            Codec::Utf16(None) => 2,
            Codec::Utf32(None) => 4,
            Codec::Utf8Sig => 3,
            _ => 0,
        }
    }

    /// The length in bytes of the character whose encoding starts at `b[i]`, or None when the
    /// bytes available end inside it. An invalid byte counts as one character (decoding then
    /// reports it).
    fn char_len(self, b: &[u8], i: usize) -> Option<usize> {
        let rest = b.len() - i;
        let n = match self {
            Codec::Utf8 | Codec::Utf8Sig => match b[i] {
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                0xf0..=0xf7 => 4,
                _ => 1,
            },
            Codec::Ascii | Codec::Latin1 => 1,
            Codec::Utf16(order) => {
                if rest < 2 {
                    return None;
                }
                let unit = if order == Some(true) { u16::from_be_bytes([b[i], b[i + 1]]) } else { u16::from_le_bytes([b[i], b[i + 1]]) };
                if (0xd800..0xdc00).contains(&unit) {
                    4
                } else {
                    2
                }
            }
            Codec::Utf32(_) => 4,
            // escapes: `\` starts a sequence of up to 10 bytes (`\U0010ffff`)
            Codec::UnicodeEscape | Codec::RawUnicodeEscape => escape_len(self == Codec::RawUnicodeEscape, &b[i..])?,
        };
        (n <= rest).then_some(n)
    }
}

/// The length of one (possibly escaped) character of unicode-escape input; None when the
/// input ends inside an escape.
fn escape_len(raw: bool, b: &[u8]) -> Option<usize> {
    if b[0] != b'\\' {
        return Some(1);
    }
    let kind = *b.get(1)?;
    let digits = match kind {
        b'x' if !raw => 2,
        b'u' => 4,
        b'U' => 8,
        b'N' if !raw => return b.iter().position(|&c| c == b'}').map(|p| p + 1),
        b'0'..=b'7' if !raw => return Some(2 + b[2..].iter().take(2).take_while(|c| (b'0'..=b'7').contains(c)).count()),
        _ => return Some(2),
    };
    if b.len() < 2 + digits {
        return None;
    }
    Some(2 + digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(Codec::Latin1.name(), "iso8859-1");
        assert_eq!(Codec::Utf16(None).output_name(false), "utf-16-le");
        assert_eq!(Codec::Utf16(None).output_name(true), "utf-16");
    }

    #[test]
    fn boundaries() {
        let s = "aé€😀".as_bytes();
        assert_eq!(Codec::Utf8.char_len(s, 0), Some(1));
        assert_eq!(Codec::Utf8.char_len(s, 1), Some(2));
        assert_eq!(Codec::Utf8.char_len(&s[..4], 3), None);
        let u16le = [0x3d, 0xd8, 0x00, 0xde];
        assert_eq!(Codec::Utf16(Some(false)).char_len(&u16le, 0), Some(4));
        assert_eq!(Codec::Utf16(Some(false)).char_len(&u16le[..3], 0), None);
        assert_eq!(Codec::UnicodeEscape.char_len(b"\\u20ac", 0), Some(6));
        assert_eq!(Codec::UnicodeEscape.char_len(b"\\u20", 0), None);
    }

    #[test]
    fn byte_order_marks() {
        assert!(!Codec::Utf16(None).bom_at_start(None));
        assert!(Codec::Utf16(None).bom_at_start(Some(0)));
        assert!(Codec::Utf8Sig.bom_at_start(None));
        assert!(!Codec::Utf8Sig.bom_at_start(Some(5)));
        assert_eq!(Codec::Utf16(None).after_start(&[0xfe, 0xff]), Codec::Utf16(Some(true)));
    }
}
