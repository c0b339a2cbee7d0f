//! `int(x=0)` / `int(x, base=10)`: `int.__new__`, conversion of any object to an int
//! (`PyNumber_Long`: `__int__`, `__index__`, `__trunc__`, str/bytes literals) and literal
//! parsing with CPython's errors and the `sys.set_int_max_str_digits()` limit.

use crate::args::{self, Spec};
use crate::types::float::{float_to_int, text::ascii_number_text};
use crate::types::object;
use rpy_vm::objects::int::{normalize, Int};
use rpy_vm::objects::native::Args;
use rpy_vm::objects::typeobj::{is_subtype, type_data};
use rpy_vm::protocol::attr::lookup_special;
use rpy_vm::protocol::number::{as_float, as_int, int_value};
use rpy_vm::protocol::repr;
use rpy_vm::{Payload, PyResult, Value, Vm};

/// `int.__new__(cls, x=<missing>, /, base=<missing>)`.
pub fn int_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let int_t = vm.types.int.clone();
    let cls = object::new_cls(vm, &a, &int_t, "int")?;
    let bool_t = vm.types.bool_.clone();
    if is_subtype(&cls, &bool_t) {
        let n = type_data(&cls).name.borrow().clone();
        return Err(vm.type_error(format!("int.__new__({n}) is not safe, use bool.__new__()")));
    }
    let rest = Args::with_kw(&a.values[1..], a.kwnames);
    let b = args::bind(vm, &rest, &Spec { name: "int", params: &["x", "/", "base"], required: 0 })?;
    let value = match (&b[0], &b[1]) {
        (None, None) => Int::Small(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => to_int(vm, x)?,
        (Some(x), Some(base)) => {
            let base = base_arg(vm, base)?;
            from_literal_with_base(vm, x, base)?
        }
    };
    if cls.is(&int_t) {
        return Ok(int_value(vm, value));
    }
    Ok(Value::Obj(object::alloc(vm, &cls, Payload::Int(value.to_big()))))
}

/// The `base` argument: an index, 0 or 2..=36.
fn base_arg(vm: &mut Vm, b: &Value) -> PyResult<u32> {
    match vm.to_index(b)? {
        Int::Small(n) if n == 0 || (2..=36).contains(&n) => Ok(n as u32),
        _ => Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
    }
}

/// `int(x, base)`: x must be str, bytes or bytearray.
fn from_literal_with_base(vm: &mut Vm, x: &Value, base: u32) -> PyResult<Int> {
    if let Value::Obj(o) = x {
        match &o.payload {
            Payload::Str(s) => {
                let s = s.as_str().to_string();
                return from_str(vm, x, &s, base);
            }
            Payload::Bytes(b) => {
                let b = b.to_vec();
                return from_bytes(vm, &b, base);
            }
            Payload::ByteArray(b) => {
                let b = b.borrow().clone();
                return from_bytes(vm, &b, base);
            }
            _ => {}
        }
    }
    Err(vm.type_error("int() can't convert non-string with explicit base"))
}

/// An int from the result of `__int__`/`__index__`/`__trunc__`: ints (and subclasses) only.
fn int_result(vm: &mut Vm, r: &Value, what: &str) -> PyResult<Int> {
    match as_int(r) {
        Some(i) => Ok(i),
        None => {
            let tn = vm.type_name(r);
            Err(vm.type_error(format!("{what} returned non-int (type {tn})")))
        }
    }
}

/// `int(x)` for one argument (`PyNumber_Long`).
pub fn to_int(vm: &mut Vm, x: &Value) -> PyResult<Int> {
    match x {
        Value::Int(i) => return Ok(Int::Small(*i)),
        Value::Bool(b) => return Ok(Int::Small(*b as i64)),
        Value::Float(f) => return float_to_int(vm, *f),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) && o.class().is(&vm.types.int) => {
            return Ok(as_int(x).unwrap_or(Int::Small(0)));
        }
        Value::Obj(o) if matches!(o.payload, Payload::Float(_)) && o.class().is(&vm.types.float) => {
            return float_to_int(vm, as_float(x).unwrap_or(0.0));
        }
        Value::Obj(o) if o.class().is(&vm.types.str) => {
            if let Payload::Str(s) = &o.payload {
                let s = s.as_str().to_string();
                return from_str(vm, x, &s, 10);
            }
        }
        _ => {}
    }
    if let Some(f) = lookup_special(vm, x, "__int__") {
        let r = vm.call(&f, &[x.clone()])?;
        return int_result(vm, &r, "__int__");
    }
    if let Some(f) = lookup_special(vm, x, "__index__") {
        let r = vm.call(&f, &[x.clone()])?;
        return int_result(vm, &r, "__index__");
    }
    if let Some(f) = lookup_special(vm, x, "__trunc__") {
        let r = vm.call(&f, &[x.clone()])?;
        if let Some(i) = as_int(&r) {
            return Ok(i);
        }
        if lookup_special(vm, &r, "__index__").is_none() {
            let tn = vm.type_name(&r);
            return Err(vm.type_error(format!("__trunc__ returned non-Integral (type {tn})")));
        }
        return vm.to_index(&r);
    }
    if let Value::Obj(o) = x {
        match &o.payload {
            Payload::Str(s) => {
                let s = s.as_str().to_string();
                return from_str(vm, x, &s, 10);
            }
            Payload::Bytes(b) => {
                let b = b.to_vec();
                return from_bytes(vm, &b, 10);
            }
            Payload::ByteArray(b) => {
                let b = b.borrow().clone();
                return from_bytes(vm, &b, 10);
            }
            _ => {}
        }
    }
    // Any other buffer (memoryview): its bytes, parsed as a bytes literal. A buffer that
    // cannot be exported (released, not contiguous) falls through to the TypeError.
    if let Ok(Some(b)) = crate::types::bytes::simple_arg(vm, x) {
        return from_bytes(vm, &b, 10);
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{tn}'")))
}

/// The first 200 characters of a repr (CPython's `%.200R`).
fn truncated(s: String) -> String {
    match s.char_indices().nth(200) {
        Some((i, _)) => s[..i].to_string(),
        None => s,
    }
}

fn invalid_literal(vm: &mut Vm, base: u32, r: String) -> rpy_vm::PyErr {
    vm.value_error(format!("invalid literal for int() with base {base}: {}", truncated(r)))
}

/// `int(s, base)` for a str `orig` with contents `s`.
pub fn from_str(vm: &mut Vm, orig: &Value, s: &str, base: u32) -> PyResult<Int> {
    check_digit_limit(vm, s, base)?;
    match rpy_vm::format::parse_int(s, base) {
        Some(b) => Ok(normalize(b)),
        None => {
            let r = match orig {
                Value::Obj(o) if o.class().is(&vm.types.str) => repr::repr_str(s),
                _ => repr::repr(vm, orig)?,
            };
            Err(invalid_literal(vm, base, r))
        }
    }
}

/// `int(b, base)` for bytes-like contents: ASCII only, C whitespace only.
pub fn from_bytes(vm: &mut Vm, b: &[u8], base: u32) -> PyResult<Int> {
    if b.is_ascii() {
        let s = String::from_utf8_lossy(b).into_owned();
        check_digit_limit(vm, &s, base)?;
        if let Some(v) = rpy_vm::format::parse_int(&s, base) {
            return Ok(normalize(v));
        }
    }
    let r = repr::repr_bytes(b, "b");
    Err(invalid_literal(vm, base, r))
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => 99,
    }
}

/// The number of digits CPython counts before applying the int_max_str_digits limit: the
/// run of digits after whitespace, sign and prefix (0 when the literal is malformed before
/// that point or the base is a power of two, which is exempt).
fn counted_digits(t: &[u8], base: u32) -> usize {
    let mut i = 0;
    while i < t.len() && matches!(t[i], b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
        i += 1;
    }
    if i < t.len() && (t[i] == b'+' || t[i] == b'-') {
        i += 1;
    }
    let mut base = base;
    if base == 0 {
        let next = t.get(i + 1).map(|c| c.to_ascii_lowercase());
        base = if t.get(i) == Some(&b'0') && matches!(next, Some(b'x' | b'o' | b'b')) { 2 } else { 10 };
    }
    if base & (base - 1) == 0 || t.get(i) == Some(&b'_') {
        return 0;
    }
    let (mut count, mut prev) = (0, 0u8);
    while i < t.len() {
        let c = t[i];
        if c == b'_' {
            if prev == b'_' {
                return 0;
            }
        } else if digit_value(c) < base {
            count += 1;
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return 0;
    }
    count
}

/// ValueError when a literal has more digits than `sys.get_int_max_str_digits()` allows.
fn check_digit_limit(vm: &mut Vm, s: &str, base: u32) -> PyResult<()> {
    let limit = vm.int_max_str_digits;
    if limit == 0 || s.len() <= limit {
        return Ok(());
    }
    let t = ascii_number_text(s);
    let n = counted_digits(t.as_bytes(), base);
    if n > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}
