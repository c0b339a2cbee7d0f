//! printf-style `%` formatting for str and bytes (`PyUnicode_Format` / `_PyBytes_FormatEx`):
//! argument consumption, `%(key)s` mappings, `*` widths and every conversion, with CPython's
//! error messages. Number rendering is `rpy_vm::format`'s.

use super::as_pystr;
use num_bigint::BigInt;
use rpy_vm::format::{percent_format_float, percent_format_int, percent_pad_str, PercentSpec};
use rpy_vm::objects::int::Int;
use rpy_vm::protocol::number::{as_complex, as_float, as_int};
use rpy_vm::protocol::{attr, repr, seq};
use rpy_vm::{Payload, PyResult, Value, Vm};

struct State {
    /// the current argument source (the tuple, the single value or a mapping lookup result)
    args: Value,
    tuple: Option<Vec<Value>>,
    arglen: i64,
    argidx: i64,
    dict: Option<Value>,
    bytes: bool,
}

impl State {
    fn next_arg(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(t) = &self.tuple {
                return Ok(t[i as usize].clone());
            }
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

fn is_tuple(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => Some(t.to_vec()),
            _ => None,
        },
        _ => None,
    }
}

/// `%(key)` / `*` need a mapping: CPython's `PyMapping_Check` (a `__getitem__`).
fn is_mapping(vm: &Vm, v: &Value, bytes: bool) -> bool {
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::Tuple(_) | Payload::Str(_) => return false,
            Payload::Bytes(_) | Payload::ByteArray(_) if bytes => return false,
            _ => {}
        }
    }
    attr::lookup_special(vm, v, "__getitem__").is_some()
}

fn is_int_type(v: &Value) -> bool {
    as_int(v).is_some()
}

/// CPython's `PyNumber_Check`.
fn number_check(vm: &Vm, v: &Value) -> bool {
    if as_int(v).is_some() || as_float(v).is_some() || as_complex(v).is_some() {
        return true;
    }
    ["__index__", "__int__", "__float__"].iter().any(|n| attr::lookup_special(vm, v, n).is_some())
}

fn is_type_error(vm: &Vm, e: &rpy_vm::PyErr) -> bool {
    let te = vm.types.type_error.clone();
    e.0.with_class(|c| rpy_vm::objects::typeobj::is_subtype(c, &te))
}

/// `PyNumber_Long(v)` (or `_PyNumber_Index` for o/x/X); Ok(None) when the value has the
/// wrong type (the caller reports "%d format: a real number is required, not …").
fn int_for_format(vm: &mut Vm, v: &Value, conv: char) -> PyResult<Option<BigInt>> {
    if let Some(i) = as_int(v) {
        return Ok(Some(i.to_big()));
    }
    if !number_check(vm, v) {
        return Ok(None);
    }
    let r: PyResult<Value> = if matches!(conv, 'o' | 'x' | 'X') {
        vm.to_index(v).map(|i| rpy_vm::protocol::number::int_value(vm, i))
    } else if let Some(f) = as_float(v) {
        if f.is_infinite() {
            return Err(vm.overflow_error("cannot convert float infinity to integer"));
        }
        if f.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        return Ok(Some(rpy_vm::protocol::compare::float_to_bigint(f.trunc())));
    } else if let Some(f) = attr::lookup_special(vm, v, "__int__") {
        match vm.call(&f, &[v.clone()]) {
            Ok(r) if as_int(&r).is_some() => Ok(r),
            Ok(r) => {
                let tn = vm.type_name(&r);
                Err(vm.type_error(format!("__int__ returned non-int (type {tn})")))
            }
            Err(e) => Err(e),
        }
    } else if attr::lookup_special(vm, v, "__index__").is_some() {
        vm.to_index(v).map(|i| rpy_vm::protocol::number::int_value(vm, i))
    } else if let Some(f) = attr::lookup_special(vm, v, "__trunc__") {
        vm.call(&f, &[v.clone()])
    } else {
        let tn = vm.type_name(v);
        Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{tn}'")))
    };
    match r {
        Ok(x) => Ok(as_int(&x).map(|i| i.to_big())),
        Err(e) => {
            if is_type_error(vm, &e) {
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// The bytes of `%b`/`%s` in bytes formatting.
fn bytes_for_format(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::types::bytes::full_bytes(vm, v)? {
        return Ok(b);
    }
    if let Some(f) = attr::lookup_special(vm, v, "__bytes__") {
        let r = vm.call(&f, &[v.clone()])?;
        return match &r {
            Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)) => Ok(crate::types::bytes::buffer_bytes(&r).unwrap_or_default()),
            _ => {
                let tn = vm.type_name(&r);
                Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")))
            }
        };
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'")))
}

/// `%c`: the character for str formatting.
fn format_char(vm: &mut Vm, v: &Value, bytes: bool) -> PyResult<char> {
    if bytes {
        if let Some(b) = crate::types::bytes::is_bytes_or_bytearray(v).then(|| crate::types::bytes::buffer_bytes(v)).flatten() {
            if b.len() == 1 {
                return Ok(b[0] as char);
            }
        }
        let i = match as_int(v) {
            Some(i) => i,
            None => {
                if attr::lookup_special(vm, v, "__index__").is_none() {
                    return Err(vm.type_error("%c requires an integer in range(256) or a single byte"));
                }
                vm.to_index(v)?
            }
        };
        return match i {
            Int::Small(n) if (0..256).contains(&n) => Ok(n as u8 as char),
            Int::Small(_) => Err(vm.overflow_error("%c arg not in range(256)")),
            Int::Big(_) => Err(vm.overflow_error("%c arg not in range(256)")),
        };
    }
    if let Some(s) = as_pystr(v) {
        if s.char_len() == 1 {
            return Ok(s.char_at(0));
        }
        return Err(vm.type_error("%c requires int or char"));
    }
    let i = match as_int(v) {
        Some(i) => i,
        None => {
            if attr::lookup_special(vm, v, "__index__").is_none() {
                return Err(vm.type_error("%c requires int or char"));
            }
            vm.to_index(v)?
        }
    };
    match i {
        Int::Small(n) if (0..0x110000).contains(&n) => Ok(char::from_u32(n as u32).unwrap_or('\u{fffd}')),
        _ => Err(vm.overflow_error("%c arg not in range(0x110000)")),
    }
}

/// The text of `%s`/`%r`/`%a` (str formatting) or the latin-1 view of the bytes (bytes).
fn text_for(vm: &mut Vm, v: &Value, conv: char, bytes: bool) -> PyResult<String> {
    if bytes {
        return match conv {
            's' | 'b' => Ok(bytes_for_format(vm, v)?.into_iter().map(|b| b as char).collect()),
            _ => repr::ascii(vm, v),
        };
    }
    match conv {
        's' => vm.to_string(v),
        'r' => repr::repr(vm, v),
        _ => repr::ascii(vm, v),
    }
}

/// Formats `fmt % args`; `fmt` are the format characters (bytes as latin-1 chars).
fn format(vm: &mut Vm, fmt: &[char], args: &Value, bytes: bool) -> PyResult<String> {
    let tuple = is_tuple(args);
    let dict = if is_mapping(vm, args, bytes) { Some(args.clone()) } else { None };
    let (arglen, argidx) = match &tuple {
        Some(t) => (t.len() as i64, 0),
        None => (-1, -2),
    };
    let mut st = State { args: args.clone(), tuple, arglen, argidx, dict, bytes };
    let mut out = String::with_capacity(fmt.len() + 16);
    let n = fmt.len();
    let mut pos = 0;
    while pos < n {
        if fmt[pos] != '%' {
            let start = pos;
            while pos < n && fmt[pos] != '%' {
                pos += 1;
            }
            out.extend(&fmt[start..pos]);
            continue;
        }
        pos += 1;
        if pos < n && fmt[pos] == '%' {
            out.push('%');
            pos += 1;
            continue;
        }
        one_spec(vm, &mut st, fmt, &mut pos, &mut out)?;
        if st.dict.is_some() && st.argidx < st.arglen {
            return Err(not_all(vm, bytes));
        }
    }
    if st.argidx < st.arglen && st.dict.is_none() {
        return Err(not_all(vm, bytes));
    }
    Ok(out)
}

fn not_all(vm: &mut Vm, bytes: bool) -> rpy_vm::PyErr {
    vm.type_error(if bytes { "not all arguments converted during bytes formatting" } else { "not all arguments converted during string formatting" })
}

/// A padded result CPython could not allocate raises MemoryError.
fn check_width(vm: &mut Vm, spec: &PercentSpec) -> PyResult<()> {
    if spec.width.unwrap_or(0) > (1usize << 36) {
        let t = vm.types.memory_error.clone();
        return Err(rpy_vm::PyErr(vm.new_exception(&t, vec![])));
    }
    Ok(())
}

/// Parses and formats one conversion; `*pos` is just after the `%`.
fn one_spec(vm: &mut Vm, st: &mut State, fmt: &[char], pos: &mut usize, out: &mut String) -> PyResult<()> {
    let n = fmt.len();
    let next = |p: &mut usize| -> Option<char> {
        if *p < n {
            *p += 1;
            Some(fmt[*p - 1])
        } else {
            None
        }
    };
    if *pos < n && fmt[*pos] == '(' {
        let Some(d) = st.dict.clone() else { return Err(vm.type_error("format requires a mapping")) };
        *pos += 1;
        let keystart = *pos;
        let mut pcount = 1;
        while pcount > 0 && *pos < n {
            match fmt[*pos] {
                ')' => pcount -= 1,
                '(' => pcount += 1,
                _ => {}
            }
            *pos += 1;
        }
        if pcount > 0 {
            return Err(vm.value_error("incomplete format key"));
        }
        let key_chars = &fmt[keystart..*pos - 1];
        let key = if st.bytes { vm.new_bytes(key_chars.iter().map(|&c| c as u8).collect()) } else { vm.new_string(key_chars.iter().collect()) };
        st.args = seq::getitem(vm, &d, &key)?;
        st.tuple = None;
        st.arglen = -1;
        st.argidx = -2;
    }
    let mut spec = PercentSpec { left: false, plus: false, space: false, alternate: false, zero: false, width: None, precision: None, conv: '\0' };
    let mut ch = next(pos);
    while let Some(c) = ch {
        match c {
            '-' => spec.left = true,
            '+' => spec.plus = true,
            ' ' => spec.space = true,
            '#' => spec.alternate = true,
            '0' => spec.zero = true,
            _ => break,
        }
        ch = next(pos);
    }
    if ch == Some('*') {
        let v = st.next_arg(vm)?;
        if !is_int_type(&v) {
            return Err(vm.type_error("* wants int"));
        }
        let w = match as_int(&v) {
            Some(Int::Small(w)) => w,
            _ => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        };
        if w < 0 {
            spec.left = true;
        }
        spec.width = Some(w.unsigned_abs() as usize);
        ch = next(pos);
    } else if let Some(c @ '0'..='9') = ch {
        let mut w = c as i64 - '0' as i64;
        loop {
            ch = next(pos);
            match ch {
                Some(d @ '0'..='9') => {
                    let d = d as i64 - '0' as i64;
                    if w > (i64::MAX - d) / 10 {
                        return Err(vm.value_error("width too big"));
                    }
                    w = w * 10 + d;
                }
                _ => break,
            }
        }
        spec.width = Some(w as usize);
    }
    if ch == Some('.') {
        spec.precision = Some(0);
        ch = next(pos);
        if ch == Some('*') {
            let v = st.next_arg(vm)?;
            if !is_int_type(&v) {
                return Err(vm.type_error("* wants int"));
            }
            let p = match as_int(&v) {
                Some(Int::Small(p)) if p >= i32::MIN as i64 && p <= i32::MAX as i64 => p,
                _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
            };
            spec.precision = Some(p.max(0) as usize);
            ch = next(pos);
        } else if let Some(c @ '0'..='9') = ch {
            let mut p = c as i64 - '0' as i64;
            loop {
                ch = next(pos);
                match ch {
                    Some(d @ '0'..='9') => {
                        let d = d as i64 - '0' as i64;
                        if p > (i32::MAX as i64 - d) / 10 {
                            return Err(vm.value_error("precision too big"));
                        }
                        p = p * 10 + d;
                    }
                    _ => break,
                }
            }
            spec.precision = Some(p as usize);
        }
    }
    if matches!(ch, Some('h' | 'l' | 'L')) {
        ch = next(pos);
    }
    let Some(conv) = ch else { return Err(vm.value_error("incomplete format")) };
    spec.conv = conv;
    let v = st.next_arg(vm)?;
    let bytes = st.bytes;
    match conv {
        's' | 'r' | 'a' | 'b' if conv != 'b' || bytes => {
            let text = text_for(vm, &v, conv, bytes)?;
            spec.conv = if conv == 'b' { 's' } else { conv };
            check_width(vm, &spec)?;
            out.push_str(&percent_pad_str(&text, &spec));
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let Some(i) = int_for_format(vm, &v, conv)? else {
                let tn = vm.type_name(&v);
                let shown = if bytes && conv == 'i' { 'd' } else { conv };
                let what = if matches!(conv, 'o' | 'x' | 'X') { "an integer" } else { "a real number" };
                return Err(vm.type_error(format!("%{shown} format: {what} is required, not {tn}")));
            };
            if spec.precision.unwrap_or(0) > i32::MAX as usize - 3 {
                return Err(vm.overflow_error("precision too large"));
            }
            check_width(vm, &spec)?;
            out.push_str(&percent_format_int(&i, &spec));
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match vm.to_f64(&v) {
                Ok(x) => x,
                Err(e) => {
                    if bytes {
                        let tn = vm.type_name(&v);
                        return Err(vm.type_error(format!("float argument required, not {tn}")));
                    }
                    return Err(e);
                }
            };
            check_width(vm, &spec)?;
            out.push_str(&percent_format_float(x, &spec));
        }
        'c' => {
            let c = format_char(vm, &v, bytes)?;
            check_width(vm, &spec)?;
            out.push_str(&percent_pad_str(&c.to_string(), &spec));
        }
        _ => {
            let code = conv as u32;
            if bytes && code >= 128 {
                // CPython formats the (signed) char with %c and fails
                return Err(vm.overflow_error("character argument not in range(0x110000)"));
            }
            let shown = if bytes || (31..=126).contains(&code) { conv } else { '?' };
            return Err(vm.value_error(format!("unsupported format character '{shown}' (0x{code:x}) at index {}", *pos - 1)));
        }
    }
    Ok(())
}

/// `fmt % args` for a str `fmt`.
pub fn format_str(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let Some(f) = as_pystr(fmt) else { return Ok(vm.not_implemented()) };
    let chars: Vec<char> = f.as_str().chars().collect();
    let out = format(vm, &chars, args, false)?;
    Ok(vm.new_string(out))
}

/// `fmt % args` for bytes/bytearray formats.
pub fn format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = fmt.iter().map(|&b| b as char).collect();
    let out = format(vm, &chars, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}
