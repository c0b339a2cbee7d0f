//! The built-in codecs (utf-8, ascii, latin-1, utf-16, utf-32, unicode_escape,
//! raw_unicode_escape and their aliases) with the standard error handlers, for `str.encode`, `bytes.decode` and `str(b, encoding)`.

use super::argutil::{bind_kw, opt_str_arg};
use super::codec_escape;
use super::this;
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::{PyErr, PyResult, Value, Vm};

/// The built-in codecs (the standard streams use them too, see `lib/src/streams/encoding.rs`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    /// utf-8 with a byte order mark
    Utf8Sig,
    Ascii,
    Latin1,
    /// `None`: byte order from the BOM (native little-endian when absent / when encoding).
    Utf16(Option<bool>),
    Utf32(Option<bool>),
    UnicodeEscape,
    RawUnicodeEscape,
}

/// `encodings.normalize_encoding` after lowercasing.
fn normalize(enc: &str) -> String {
    let mut out = String::new();
    let mut punct = false;
    for c in enc.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The codec `enc` names (aliases as `codecs.lookup`); LookupError when there is none.
pub fn lookup(vm: &mut Vm, enc: &str) -> PyResult<Codec> {
    let n = normalize(enc);
    let c = match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" | "us" | "us_ascii" => Codec::Ascii,
        "latin_1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "latin" | "latin1" | "l1" | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => {
            Codec::Latin1
        }
        "utf_16" | "u16" | "utf16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Some(false)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Some(true)),
        "utf_32" | "u32" | "utf32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(false)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(true)),
        "unicode_escape" => Codec::UnicodeEscape,
        "raw_unicode_escape" => Codec::RawUnicodeEscape,
        _ => {
            let t = vm.types.lookup_error.clone();
            return Err(vm.new_error(&t, format!("unknown encoding: {enc}")));
        }
    };
    Ok(c)
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> PyErr {
    let t = vm.types.lookup_error.clone();
    vm.new_error(&t, format!("unknown error handler name '{errors}'"))
}

fn decode_error(vm: &mut Vm, enc: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let t = vm.types.unicode_decode_error.clone();
    let args = [vm.new_str(enc), vm.new_bytes(data.to_vec()), Value::Int(start as i64), Value::Int(end as i64), vm.new_str(reason)];
    match vm.call(&Value::Obj(t), &args) {
        Ok(Value::Obj(e)) => PyErr(e),
        Ok(_) => vm.type_error("UnicodeDecodeError() did not return an exception"),
        Err(e) => e,
    }
}

fn encode_error(vm: &mut Vm, enc: &str, s: &str, start: usize, end: usize, reason: &str) -> PyErr {
    let t = vm.types.unicode_encode_error.clone();
    let args = [vm.new_str(enc), vm.new_str(s), Value::Int(start as i64), Value::Int(end as i64), vm.new_str(reason)];
    match vm.call(&Value::Obj(t), &args) {
        Ok(Value::Obj(e)) => PyErr(e),
        Ok(_) => vm.type_error("UnicodeEncodeError() did not return an exception"),
        Err(e) => e,
    }
}

/// Applies the decode error handler to `data[start..end]`.
pub(super) fn handle_decode(vm: &mut Vm, errors: &str, enc: &str, data: &[u8], start: usize, end: usize, reason: &str, out: &mut String) -> PyResult<()> {
    match errors {
        "strict" | "surrogateescape" | "surrogatepass" => Err(decode_error(vm, enc, data, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        "xmlcharrefreplace" | "namereplace" => {
            let _ = decode_error(vm, enc, data, start, end, reason);
            Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

fn decode_utf8(vm: &mut Vm, data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    loop {
        match std::str::from_utf8(&data[i..]) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let valid = e.valid_up_to();
                out.push_str(std::str::from_utf8(&data[i..i + valid]).unwrap_or_default());
                let start = i + valid;
                let (end, reason) = match e.error_len() {
                    Some(n) => {
                        let b = data[start];
                        let bad_start = (0x80..=0xc1).contains(&b) || b >= 0xf5;
                        (start + n, if bad_start { "invalid start byte" } else { "invalid continuation byte" })
                    }
                    None => (data.len(), "unexpected end of data"),
                };
                handle_decode(vm, errors, "utf-8", data, start, end, reason, &mut out)?;
                i = end;
            }
        }
    }
}

fn decode_utf16(vm: &mut Vm, data: &[u8], errors: &str, order: Option<bool>) -> PyResult<String> {
    let mut i = 0;
    let be = match order {
        Some(b) => b,
        None => {
            if data.starts_with(&[0xff, 0xfe]) {
                i = 2;
                false
            } else if data.starts_with(&[0xfe, 0xff]) {
                i = 2;
                true
            } else {
                false
            }
        }
    };
    let name = if be { "utf-16-be" } else { "utf-16-le" };
    let unit = |j: usize| -> u32 {
        if be {
            ((data[j] as u32) << 8) | data[j + 1] as u32
        } else {
            ((data[j + 1] as u32) << 8) | data[j] as u32
        }
    };
    let mut out = String::with_capacity(data.len() / 2);
    while i < data.len() {
        if i + 1 >= data.len() {
            handle_decode(vm, errors, name, data, i, data.len(), "truncated data", &mut out)?;
            break;
        }
        let u = unit(i);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            i += 2;
            continue;
        }
        if u >= 0xdc00 {
            handle_decode(vm, errors, name, data, i, i + 2, "illegal encoding", &mut out)?;
            i += 2;
            continue;
        }
        if i + 3 >= data.len() {
            handle_decode(vm, errors, name, data, i, data.len(), "unexpected end of data", &mut out)?;
            break;
        }
        let u2 = unit(i + 2);
        if (0xdc00..0xe000).contains(&u2) {
            let c = 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00);
            out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
            i += 4;
        } else {
            handle_decode(vm, errors, name, data, i, i + 2, "illegal UTF-16 surrogate", &mut out)?;
            i += 2;
        }
    }
    Ok(out)
}

fn decode_utf32(vm: &mut Vm, data: &[u8], errors: &str, order: Option<bool>) -> PyResult<String> {
    let mut i = 0;
    let be = match order {
        Some(b) => b,
        None => {
            if data.starts_with(&[0xff, 0xfe, 0, 0]) {
                i = 4;
                false
            } else if data.starts_with(&[0, 0, 0xfe, 0xff]) {
                i = 4;
                true
            } else {
                false
            }
        }
    };
    let name = if be { "utf-32-be" } else { "utf-32-le" };
    let mut out = String::with_capacity(data.len() / 4);
    while i < data.len() {
        if i + 3 >= data.len() {
            handle_decode(vm, errors, name, data, i, data.len(), "truncated data", &mut out)?;
            break;
        }
        let b = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let u = if be { u32::from_be_bytes(b) } else { u32::from_le_bytes(b) };
        match char::from_u32(u) {
            Some(c) => out.push(c),
            None => {
                let reason = if (0xd800..0xe000).contains(&u) {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                handle_decode(vm, errors, name, data, i, i + 4, reason, &mut out)?;
            }
        }
        i += 4;
    }
    Ok(out)
}

/// Decodes `data` (`bytes.decode` / `str(b, encoding, errors)`).
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str, _obj: &Value) -> PyResult<String> {
    match lookup(vm, encoding)? {
        Codec::Utf8 => decode_utf8(vm, data, errors),
        Codec::Utf8Sig => decode_utf8(vm, data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data), errors),
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    handle_decode(vm, errors, "ascii", data, i, i + 1, "ordinal not in range(128)", &mut out)?;
                }
            }
            Ok(out)
        }
        Codec::Utf16(order) => decode_utf16(vm, data, errors, order),
        Codec::Utf32(order) => decode_utf32(vm, data, errors, order),
        Codec::UnicodeEscape => codec_escape::decode_unicode_escape(vm, data, errors),
        Codec::RawUnicodeEscape => codec_escape::decode_raw_unicode_escape(vm, data, errors),
    }
}

/// `\\xhh`, `\\uhhhh` or `\\Uhhhhhhhh` (the `backslashreplace` form of a character).
fn backslash_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// Encodes with a single-byte codec (`limit` 128 or 256).
fn encode_charmap(vm: &mut Vm, s: &str, errors: &str, name: &str, limit: u32) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i] as u32 >= limit {
            i += 1;
        }
        let reason = if limit == 128 { "ordinal not in range(128)" } else { "ordinal not in range(256)" };
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => return Err(encode_error(vm, name, s, start, i, reason)),
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', i - start)),
            "backslashreplace" => {
                for &c in &chars[start..i] {
                    out.extend_from_slice(backslash_escape(c).as_bytes());
                }
            }
            "namereplace" => {
                for &c in &chars[start..i] {
                    match super::ucnames::name(c) {
                        Some(n) => out.extend_from_slice(format!("\\N{{{n}}}").as_bytes()),
                        None => out.extend_from_slice(backslash_escape(c).as_bytes()),
                    }
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[start..i] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
    }
    Ok(out)
}

/// Encodes `s` (`str.encode`).
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    match lookup(vm, encoding)? {
        Codec::Utf8 => Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut out = b"\xef\xbb\xbf".to_vec();
            out.extend_from_slice(s.as_bytes());
            Ok(out)
        }
        Codec::Ascii => {
            if s.is_ascii() {
                return Ok(s.as_bytes().to_vec());
            }
            encode_charmap(vm, s, errors, "ascii", 128)
        }
        Codec::Latin1 => encode_charmap(vm, s, errors, "latin-1", 256),
        Codec::Utf16(order) => {
            let be = order.unwrap_or(false);
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if order.is_none() {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            Ok(out)
        }
        Codec::Utf32(order) => {
            let be = order.unwrap_or(false);
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if order.is_none() {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            Ok(out)
        }
        Codec::UnicodeEscape => Ok(codec_escape::encode_unicode_escape(s)),
        Codec::RawUnicodeEscape => Ok(codec_escape::encode_raw_unicode_escape(s)),
    }
}

/// Parses `(encoding='utf-8', errors='strict')` of encode/decode.
pub fn codec_args(vm: &mut Vm, a: &Args, fname: &str) -> PyResult<(String, String)> {
    let b = bind_kw(vm, a, 1, fname, &["encoding", "errors"], 0)?;
    let enc = opt_str_arg(vm, b[0].as_ref(), fname, "encoding")?.unwrap_or_else(|| "utf-8".into());
    let err = opt_str_arg(vm, b[1].as_ref(), fname, "errors")?.unwrap_or_else(|| "strict".into());
    Ok((enc, err))
}

fn str_encode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let (enc, err) = codec_args(vm, &a, "encode")?;
    let b = encode(vm, s.as_str(), &enc, &err)?;
    Ok(vm.new_bytes(b))
}

pub static METHODS: &[MethodDef] = &[MethodDef { name: "encode",
    func: str_encode,
    flags: 0,
    sig: "($self, /, encoding='utf-8', errors='strict')", doc: "Encode the string using the codec registered for encoding.\n\n  encoding\n    The encoding in which to encode the string.\n  errors\n    The error handling scheme to use for encoding errors.\n    The default is 'strict' meaning that encoding errors raise a\n    UnicodeEncodeError.  Other possible values are 'ignore', 'replace' and\n    'xmlcharrefreplace' as well as any other name registered with\n    codecs.register_error that can handle UnicodeEncodeErrors." }];
