//! The `unicode_escape` and `raw_unicode_escape` codecs (Python-literal style escapes,
//! including `\N{name}`), used by `str.encode` / `bytes.decode` through `codec`.

use super::codec::handle_decode;
use super::ucnames;
use rpy_vm::{PyResult, Vm};

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for a code point.
fn hex_escape(out: &mut Vec<u8>, n: u32) {
    let e = if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    };
    out.extend_from_slice(e.as_bytes());
}

/// `s.encode('unicode_escape')`.
pub fn encode_unicode_escape(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(c as u8),
            _ => hex_escape(&mut out, c as u32),
        }
    }
    out
}

/// `s.encode('raw_unicode_escape')`.
pub fn encode_raw_unicode_escape(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x100 {
            out.push(n as u8);
        } else {
            hex_escape(&mut out, n);
        }
    }
    out
}

/// A code point decoded from an escape; lone surrogates cannot be represented in a `str`
/// here and become U+FFFD.
fn push_code(out: &mut String, n: u32) {
    out.push(char::from_u32(n).unwrap_or('\u{fffd}'));
}

/// Reads `count` hex digits at `*i`; Err(()) when one is missing or not hex (`*i` stays at
/// the offending position).
fn read_hex(data: &[u8], i: &mut usize, count: usize) -> Result<u32, ()> {
    let mut v: u32 = 0;
    for _ in 0..count {
        let d = data.get(*i).and_then(|&b| (b as char).to_digit(16)).ok_or(())?;
        v = (v << 4) | d;
        *i += 1;
    }
    Ok(v)
}

const NAME: &str = "unicodeescape";

/// `data.decode('unicode_escape', errors)`.
pub fn decode_unicode_escape(vm: &mut Vm, data: &[u8], errors: &str) -> PyResult<String> {
    let n = data.len();
    let mut out = String::with_capacity(n);
    let mut i = 0;
    while i < n {
        let b = data[i];
        if b != b'\\' {
            out.push(b as char);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= n {
            handle_decode(vm, errors, NAME, data, start, n, "\\ at end of string", &mut out)?;
            break;
        }
        let c = data[i];
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'b' => out.push('\u{8}'),
            b'f' => out.push('\u{c}'),
            b't' => out.push('\t'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b'v' => out.push('\u{b}'),
            b'a' => out.push('\u{7}'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match data.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = (v << 3) + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                push_code(&mut out, v);
            }
            b'x' | b'u' | b'U' => {
                let (count, msg) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                match read_hex(data, &mut i, count) {
                    Ok(v) if v > 0x10ffff => handle_decode(vm, errors, NAME, data, start, i, "illegal Unicode character", &mut out)?,
                    Ok(v) => push_code(&mut out, v),
                    Err(()) => handle_decode(vm, errors, NAME, data, start, i, msg, &mut out)?,
                }
            }
            b'N' => {
                let mut msg = "malformed \\N character escape";
                if i < n && data[i] == b'{' {
                    i += 1;
                    let name_start = i;
                    while i < n && data[i] != b'}' {
                        i += 1;
                    }
                    if i < n && i > name_start {
                        let name = &data[name_start..i];
                        i += 1;
                        if let Some(ch) = std::str::from_utf8(name).ok().and_then(ucnames::lookup) {
                            out.push(ch);
                            continue;
                        }
                        msg = "unknown Unicode character name";
                    }
                }
                handle_decode(vm, errors, NAME, data, start, i, msg, &mut out)?;
            }
            _ => {
                out.push('\\');
                out.push(c as char);
            }
        }
    }
    Ok(out)
}

/// `data.decode('raw_unicode_escape', errors)`: only `\u`/`\U` after an odd number of
/// backslashes are escapes.
pub fn decode_raw_unicode_escape(vm: &mut Vm, data: &[u8], errors: &str) -> PyResult<String> {
    const RAW: &str = "rawunicodeescape";
    let n = data.len();
    let mut out = String::with_capacity(n);
    let mut i = 0;
    while i < n {
        if data[i] != b'\\' {
            out.push(data[i] as char);
            i += 1;
            continue;
        }
        let bs = i;
        while i < n && data[i] == b'\\' {
            out.push('\\');
            i += 1;
        }
        if (i - bs) % 2 == 0 || i >= n || (data[i] != b'u' && data[i] != b'U') {
            continue;
        }
        out.pop();
        let start = i - 1;
        let (count, msg) = if data[i] == b'u' { (4, "truncated \\uXXXX escape") } else { (8, "truncated \\UXXXXXXXX escape") };
        i += 1;
        match read_hex(data, &mut i, count) {
            Ok(v) if v > 0x10ffff => handle_decode(vm, errors, RAW, data, start, i, "\\Uxxxxxxxx out of range", &mut out)?,
            Ok(v) => push_code(&mut out, v),
            Err(()) => handle_decode(vm, errors, RAW, data, start, i, msg, &mut out)?,
        }
    }
    Ok(out)
}
