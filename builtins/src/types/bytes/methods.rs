//! bytes/bytearray ASCII case conversion and predicates, translate/maketrans, decode and hex.

use super::split::is_space;
use super::{bytes_arg, kind, new_like, this_view};
use crate::types::str::argutil::{bind_kw, c_int, no_args};
use crate::types::str::{as_pystr, codec};
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::protocol::seq;
use rpy_vm::{PyResult, Value, Vm};

fn transform(vm: &mut Vm, a: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let k = kind(&a.values[0]);
    no_args(vm, &a, &format!("{k}.{name}"))?;
    let out = f(&this_view(vm, &a)?);
    Ok(new_like(vm, &a.values[0], out))
}

fn predicate(vm: &mut Vm, a: Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let k = kind(&a.values[0]);
    no_args(vm, &a, &format!("{k}.{name}"))?;
    let r = f(&this_view(vm, &a)?);
    Ok(Value::Bool(r))
}

fn title(d: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    d.iter()
        .map(|&b| {
            let r = if prev_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize(d: &[u8]) -> Vec<u8> {
    d.iter().enumerate().map(|(i, b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }).collect()
}

fn swapcase(d: &[u8]) -> Vec<u8> {
    d.iter().map(|&b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() }).collect()
}

fn istitle(d: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &b in d {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
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

macro_rules! tr {
    ($fname:ident, $name:expr, $f:expr) => {
        fn $fname(vm: &mut Vm, a: Args) -> PyResult<Value> {
            transform(vm, a, $name, $f)
        }
    };
}
macro_rules! pred {
    ($fname:ident, $name:expr, $f:expr) => {
        fn $fname(vm: &mut Vm, a: Args) -> PyResult<Value> {
            predicate(vm, a, $name, $f)
        }
    };
}

tr!(b_lower, "lower", |d| d.to_ascii_lowercase());
tr!(b_upper, "upper", |d| d.to_ascii_uppercase());
tr!(b_title, "title", title);
tr!(b_capitalize, "capitalize", capitalize);
tr!(b_swapcase, "swapcase", swapcase);
pred!(b_isalnum, "isalnum", |d| !d.is_empty() && d.iter().all(|b| b.is_ascii_alphanumeric()));
pred!(b_isalpha, "isalpha", |d| !d.is_empty() && d.iter().all(|b| b.is_ascii_alphabetic()));
pred!(b_isdigit, "isdigit", |d| !d.is_empty() && d.iter().all(|b| b.is_ascii_digit()));
pred!(b_isspace, "isspace", |d| !d.is_empty() && d.iter().all(|&b| is_space(b)));
pred!(b_isascii, "isascii", |d| d.is_ascii());
pred!(b_islower, "islower", |d| d.iter().any(|b| b.is_ascii_lowercase()) && !d.iter().any(|b| b.is_ascii_uppercase()));
pred!(b_isupper, "isupper", |d| d.iter().any(|b| b.is_ascii_uppercase()) && !d.iter().any(|b| b.is_ascii_lowercase()));
pred!(b_istitle, "istitle", istitle);

fn b_translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = bind_kw(vm, &a, 1, "translate", &["table", "delete"], 1)?;
    let table = match &b[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = bytes_arg(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &b[1] {
        Some(v) => bytes_arg(vm, v)?,
        None => Vec::new(),
    };
    let d = this_view(vm, &a)?.to_vec();
    let mut out = Vec::with_capacity(d.len());
    for &c in &d {
        if delete.contains(&c) {
            continue;
        }
        out.push(match &table {
            Some(t) => t[c as usize],
            None => c,
        });
    }
    if table.is_none() && delete.is_empty() {
        if let Value::Obj(o) = &a.values[0] {
            if o.class().is(&vm.types.bytes) {
                return Ok(a.values[0].clone());
            }
        }
    }
    Ok(new_like(vm, &a.values[0], out))
}

fn b_maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error("bytes.maketrans() takes no keyword arguments"));
    }
    let r = a.pos();
    if r.len() != 2 {
        return Err(vm.type_error(format!("maketrans expected 2 arguments, got {}", r.len())));
    }
    let frm = bytes_arg(vm, &r[0])?;
    let to = bytes_arg(vm, &r[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (f, x) in frm.iter().zip(to.iter()) {
        t[*f as usize] = *x;
    }
    Ok(vm.new_bytes(t))
}

fn b_decode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (enc, err) = codec::codec_args(vm, &a, "decode")?;
    let d = this_view(vm, &a)?.to_vec();
    let this_v = a.values[0].clone();
    let s = codec::decode(vm, &d, &enc, &err, &this_v)?;
    Ok(vm.new_string(s))
}

/// `bytes.hex(sep, bytes_per_sep)` on raw data.
pub fn hex_impl(vm: &mut Vm, a: &Args, d_of: &dyn Fn(&mut Vm) -> PyResult<Vec<u8>>) -> PyResult<Value> {
    let b = bind_kw(vm, a, 1, "hex", &["sep", "bytes_per_sep"], 0)?;
    let sep = match &b[0] {
        None => None,
        Some(v) => {
            let n = seq::len(vm, v)?;
            if n != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            let c: u32 = if let Some(s) = as_pystr(v) {
                s.char_at(0) as u32
            } else if let Value::Obj(o) = v {
                match &o.payload {
                    rpy_vm::Payload::Bytes(bb) => bb[0] as u32,
                    _ => return Err(vm.type_error("sep must be str or bytes.")),
                }
            } else {
                return Err(vm.type_error("sep must be str or bytes."));
            };
            if c > 127 {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(c as u8 as char)
        }
    };
    let per = match &b[1] {
        Some(v) => c_int(vm, v)?,
        None => 1,
    };
    let d = d_of(vm)?;
    let mut out = String::with_capacity(d.len() * 3);
    let digits = |out: &mut String, x: u8| {
        const H: &[u8; 16] = b"0123456789abcdef";
        out.push(H[(x >> 4) as usize] as char);
        out.push(H[(x & 15) as usize] as char);
    };
    match sep {
        Some(sep) if per != 0 && !d.is_empty() => {
            let group = per.unsigned_abs() as usize;
            for (i, &x) in d.iter().enumerate() {
                let boundary = if per > 0 { i > 0 && (d.len() - i) % group == 0 } else { i > 0 && i % group == 0 };
                if boundary {
                    out.push(sep);
                }
                digits(&mut out, x);
            }
        }
        _ => {
            for &x in &d {
                digits(&mut out, x);
            }
        }
    }
    Ok(vm.new_string(out))
}

fn b_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this_v = a.values[0].clone();
    hex_impl(vm, &a, &|vm: &mut Vm| super::buffer_bytes(&this_v).ok_or_else(|| vm.type_error("bytes expected")))
}

pub static METHODS: &[MethodDef] = &[
    MethodDef { name: "lower", func: b_lower, flags: 0, sig: "", doc: "B.lower() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to lowercase." },
    MethodDef { name: "upper", func: b_upper, flags: 0, sig: "", doc: "B.upper() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to uppercase." },
    MethodDef { name: "title", func: b_title, flags: 0, sig: "", doc: "B.title() -> copy of B\n\nReturn a titlecased version of B, i.e. ASCII words start with uppercase\ncharacters, all remaining cased characters have lowercase." },
    MethodDef { name: "capitalize", func: b_capitalize, flags: 0, sig: "", doc: "B.capitalize() -> copy of B\n\nReturn a copy of B with only its first character capitalized (ASCII)\nand the rest lower-cased." },
    MethodDef { name: "swapcase", func: b_swapcase, flags: 0, sig: "", doc: "B.swapcase() -> copy of B\n\nReturn a copy of B with uppercase ASCII characters converted\nto lowercase ASCII and vice versa." },
    MethodDef { name: "isalnum", func: b_isalnum, flags: 0, sig: "", doc: "B.isalnum() -> bool\n\nReturn True if all characters in B are alphanumeric\nand there is at least one character in B, False otherwise." },
    MethodDef { name: "isalpha", func: b_isalpha, flags: 0, sig: "", doc: "B.isalpha() -> bool\n\nReturn True if all characters in B are alphabetic\nand there is at least one character in B, False otherwise." },
    MethodDef { name: "isdigit", func: b_isdigit, flags: 0, sig: "", doc: "B.isdigit() -> bool\n\nReturn True if all characters in B are digits\nand there is at least one character in B, False otherwise." },
    MethodDef { name: "isspace", func: b_isspace, flags: 0, sig: "", doc: "B.isspace() -> bool\n\nReturn True if all characters in B are whitespace\nand there is at least one character in B, False otherwise." },
    MethodDef { name: "isascii", func: b_isascii, flags: 0, sig: "", doc: "B.isascii() -> bool\n\nReturn True if B is empty or all characters in B are ASCII,\nFalse otherwise." },
    MethodDef { name: "islower", func: b_islower, flags: 0, sig: "", doc: "B.islower() -> bool\n\nReturn True if all cased characters in B are lowercase and there is\nat least one cased character in B, False otherwise." },
    MethodDef { name: "isupper", func: b_isupper, flags: 0, sig: "", doc: "B.isupper() -> bool\n\nReturn True if all cased characters in B are uppercase and there is\nat least one cased character in B, False otherwise." },
    MethodDef { name: "istitle", func: b_istitle, flags: 0, sig: "", doc: "B.istitle() -> bool\n\nReturn True if B is a titlecased string and there is at least one\ncharacter in B, i.e. uppercase characters may only follow uncased\ncharacters and lowercase characters only cased ones. Return False\notherwise." },
    MethodDef { name: "translate", func: b_translate, flags: 0, sig: "($self, table, /, delete=b'')", doc: "Return a copy with each character mapped by the given translation table.\n\n  table\n    Translation table, which must be a bytes object of length 256.\n\nAll characters occurring in the optional argument delete are removed.\nThe remaining characters are mapped through the given translation table." },
    MethodDef { name: "maketrans", func: b_maketrans, flags: mflags::STATIC, sig: "(frm, to, /)", doc: "Return a translation table useable for the bytes or bytearray translate method.\n\nThe returned table will be one where each byte in frm is mapped to the byte at\nthe same position in to.\n\nThe bytes objects frm and to must be of the same length." },
    MethodDef { name: "decode", func: b_decode, flags: 0, sig: "($self, /, encoding='utf-8', errors='strict')", doc: "Decode the bytes using the codec registered for encoding.\n\n  encoding\n    The encoding with which to decode the bytes.\n  errors\n    The error handling scheme to use for the handling of decoding errors.\n    The default is 'strict' meaning that decoding errors raise a\n    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'\n    as well as any other name registered with codecs.register_error that\n    can handle UnicodeDecodeErrors." },
    MethodDef { name: "hex", func: b_hex, flags: 0, sig: "($self, /, sep=<unrepresentable>, bytes_per_sep=1)", doc: "Create a string of hexadecimal numbers from a bytes object.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nExample:\n>>> value = b'\\xb9\\x01\\xef'\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'" },
];
