//! memoryview item formats: the native single-character struct formats a view can be cast to,
//! and reading (`unpack`) / writing (`pack`) one item with CPython's error messages.

use rpy_vm::objects::int::Int;
use rpy_vm::{Payload, PyErr, PyResult, Value, Vm};

/// The size of an item of native format `code` (after an optional '@'); None for formats a
/// memoryview cannot be cast to.
pub fn native_size(code: u8) -> Option<usize> {
    Some(match code {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    })
}

/// `get_native_fmtchar`: the format character of a struct format string like "B" or "@i".
pub fn native_char(fmt: &str) -> Option<u8> {
    let f = fmt.strip_prefix('@').unwrap_or(fmt).as_bytes();
    match f {
        [c] if native_size(*c).is_some() => Some(*c),
        _ => None,
    }
}

pub fn is_byte_format(code: u8) -> bool {
    matches!(code, b'b' | b'B' | b'c')
}

/// One unpacked item.
#[derive(Clone, Copy)]
pub enum Item {
    Int(i128),
    Float(f64),
    Bool(bool),
    Char(u8),
}

impl Item {
    /// `==` between the Python objects the items unpack to.
    pub fn equals(self, other: Item) -> bool {
        fn num(i: Item) -> Option<Result<i128, f64>> {
            match i {
                Item::Int(n) => Some(Ok(n)),
                Item::Bool(b) => Some(Ok(b as i128)),
                Item::Float(f) => Some(Err(f)),
                Item::Char(_) => None,
            }
        }
        match (self, other) {
            (Item::Char(a), Item::Char(b)) => a == b,
            (a, b) => match (num(a), num(b)) {
                (Some(Ok(x)), Some(Ok(y))) => x == y,
                (Some(Err(x)), Some(Err(y))) => x == y,
                (Some(Ok(n)), Some(Err(f))) | (Some(Err(f)), Some(Ok(n))) => f.is_finite() && f.fract() == 0.0 && f.abs() < 1e38 && f as i128 == n,
                _ => false,
            },
        }
    }

    pub fn to_value(self, vm: &Vm) -> Value {
        match self {
            Item::Int(n) => match i64::try_from(n) {
                Ok(i) => Value::Int(i),
                Err(_) => vm.new_int_big(n.into()),
            },
            Item::Float(f) => Value::Float(f),
            Item::Bool(b) => Value::Bool(b),
            Item::Char(c) => vm.new_bytes(vec![c]),
        }
    }
}

/// Reads the item of format `code` stored (in native byte order) in `b`.
pub fn unpack(code: u8, b: &[u8]) -> Item {
    let mut raw = [0u8; 8];
    let n = b.len().min(8);
    raw[..n].copy_from_slice(&b[..n]);
    let arr2 = [raw[0], raw[1]];
    let arr4 = [raw[0], raw[1], raw[2], raw[3]];
    match code {
        b'b' => Item::Int(raw[0] as i8 as i128),
        b'B' => Item::Int(raw[0] as i128),
        b'c' => Item::Char(raw[0]),
        b'?' => Item::Bool(raw[0] != 0),
        b'h' => Item::Int(i16::from_ne_bytes(arr2) as i128),
        b'H' => Item::Int(u16::from_ne_bytes(arr2) as i128),
        b'i' => Item::Int(i32::from_ne_bytes(arr4) as i128),
        b'I' => Item::Int(u32::from_ne_bytes(arr4) as i128),
        b'l' | b'q' | b'n' => Item::Int(i64::from_ne_bytes(raw) as i128),
        b'f' => Item::Float(f32::from_ne_bytes(arr4) as f64),
        b'd' => Item::Float(f64::from_ne_bytes(raw)),
        _ => Item::Int(u64::from_ne_bytes(raw) as i128),
    }
}

fn invalid_type(vm: &mut Vm, code: u8) -> PyErr {
    vm.type_error(format!("memoryview: invalid type for format '{}'", code as char))
}

fn invalid_value(vm: &mut Vm, code: u8) -> PyErr {
    vm.value_error(format!("memoryview: invalid value for format '{}'", code as char))
}

/// CPython's `fix_error_int`: TypeError becomes "invalid type", OverflowError/ValueError
/// become "invalid value", anything else propagates.
fn fix_error(vm: &mut Vm, e: PyErr, code: u8) -> PyErr {
    let is = |t: &rpy_vm::ObjRef| e.0.with_class(|c| rpy_vm::objects::typeobj::is_subtype(c, t));
    let (te, oe, ve) = (vm.types.type_error.clone(), vm.types.overflow_error.clone(), vm.types.value_error.clone());
    if is(&te) {
        invalid_type(vm, code)
    } else if is(&oe) || is(&ve) {
        invalid_value(vm, code)
    } else {
        e
    }
}

/// The range of the integer formats.
fn int_range(code: u8) -> (i128, i128) {
    match code {
        b'b' => (i8::MIN as i128, i8::MAX as i128),
        b'B' => (0, u8::MAX as i128),
        b'h' => (i16::MIN as i128, i16::MAX as i128),
        b'H' => (0, u16::MAX as i128),
        b'i' => (i32::MIN as i128, i32::MAX as i128),
        b'I' => (0, u32::MAX as i128),
        b'l' | b'q' | b'n' => (i64::MIN as i128, i64::MAX as i128),
        // 'P' takes a signed or unsigned pointer-sized value
        b'P' => (i64::MIN as i128, u64::MAX as i128),
        _ => (0, u64::MAX as i128),
    }
}

/// Converts `v` to the bytes of one item of format `code` (`pack_single`). May run Python
/// code (`__index__`, `__float__`, `__bool__`).
pub fn pack(vm: &mut Vm, code: u8, v: &Value) -> PyResult<Vec<u8>> {
    match code {
        b'c' => match v {
            Value::Obj(o) => match &o.payload {
                Payload::Bytes(b) if b.len() == 1 => Ok(vec![b[0]]),
                Payload::Bytes(_) => Err(invalid_value(vm, code)),
                _ => Err(invalid_type(vm, code)),
            },
            _ => Err(invalid_type(vm, code)),
        },
        b'?' => Ok(vec![vm.truthy(v)? as u8]),
        b'f' | b'd' => {
            let f = match vm.to_f64(v) {
                Ok(f) => f,
                Err(e) => return Err(fix_error(vm, e, code)),
            };
            Ok(if code == b'f' { (f as f32).to_ne_bytes().to_vec() } else { f.to_ne_bytes().to_vec() })
        }
        _ => {
            let n = match vm.to_index(v) {
                Ok(Int::Small(i)) => i as i128,
                Ok(Int::Big(b)) => match num_traits::ToPrimitive::to_i128(&b) {
                    Some(n) => n,
                    None => return Err(invalid_value(vm, code)),
                },
                Err(e) => return Err(fix_error(vm, e, code)),
            };
            let (lo, hi) = int_range(code);
            if n < lo || n > hi {
                return Err(invalid_value(vm, code));
            }
            let size = native_size(code).unwrap_or(1);
            let bytes = if n < 0 { (n as i64).to_ne_bytes() } else { (n as u64).to_ne_bytes() };
            // native byte order: the low `size` bytes (little-endian) or the high ones
            Ok(if cfg!(target_endian = "little") { bytes[..size].to_vec() } else { bytes[8 - size..].to_vec() })
        }
    }
}
