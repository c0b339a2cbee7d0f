//! `Value`: the 16-byte tagged value every Python value is represented by (DESIGN.md §3).

use crate::object::ObjRef;

/// A Python value. Small ints, floats, bools and `None` are immediates; everything else lives on
/// the heap. Ints that fit in an i64 are *always* `Int` (canonical form), larger ones are heap
/// `BigInt`s, so equality and identity can rely on the representation.
/// The tag is a full word so every payload sits at offset 8: copies are two aligned moves (a
/// `u8` tag put `Bool` at offset 1 and made copies shuffle bytes, stalling store forwarding).
#[derive(Clone, Debug)]
#[repr(C, u64)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Value {
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Python's `is`.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a.is(b),
            _ => false,
        }
    }

    #[inline(always)]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline(always)]
    pub fn from_bool(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<ObjRef> for Value {
    #[inline(always)]
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

impl From<i64> for Value {
    #[inline(always)]
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    #[inline(always)]
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<bool> for Value {
    #[inline(always)]
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn value_is_16_bytes() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }
}
