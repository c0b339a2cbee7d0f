//! The builtin `bytes` and `bytearray` types: shared helpers (buffer views of bytes,
//! bytearray and memoryview, argument conversions, the resize check for exported
//! bytearrays) and `init` installing their method tables.

mod docs;
mod dunder;
mod methods;
mod mutate;
mod new;
mod search;
mod split;

pub use methods::hex_impl;

use crate::types::memoryview::{as_memview, has_exports, released_error};
use rpy_vm::objects::native::Args;
use rpy_vm::{Payload, PyResult, Value, Vm};
use std::cell::Ref;
use std::ops::Deref;

/// A borrowed view of the data of a bytes-like object.
pub enum View<'a> {
    Slice(&'a [u8]),
    Cell(Ref<'a, Vec<u8>>),
    /// part of a bytearray (a memoryview of it)
    Part(Ref<'a, [u8]>),
}

impl Deref for View<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            View::Slice(s) => s,
            View::Cell(r) => r,
            View::Part(r) => r,
        }
    }
}

/// A view of a bytes-like value as CPython's `PyBUF_SIMPLE` buffer requests see it: bytes,
/// bytearray and C-contiguous unreleased memoryviews (None for anything else — callers that
/// must report released or non-contiguous views use `simple_arg`). Never hold it across a
/// call that can run Python code.
pub fn view(v: &Value) -> Option<View<'_>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => Some(View::Slice(b)),
            Payload::ByteArray(b) => Some(View::Cell(b.borrow())),
            Payload::Native(_) => memview_view(v),
            _ => None,
        },
        _ => None,
    }
}

/// The memory of an unreleased C-contiguous memoryview.
fn memview_view(v: &Value) -> Option<View<'_>> {
    let m = as_memview(v)?;
    if m.is_released() {
        return None;
    }
    let (a, b) = m.contiguous_range()?;
    match m.root() {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(d) => Some(View::Slice(&d[a..b])),
            Payload::ByteArray(c) => Some(View::Part(Ref::map(c.borrow(), |d| &d[a..b]))),
            _ => None,
        },
        _ => None,
    }
}

/// A bytearray about to change size from `old` to `new` bytes while memoryviews of it
/// exist: "Existing exports of data: object cannot be re-sized".
pub fn check_resize(vm: &mut Vm, this_v: &Value, old: usize, new: usize) -> PyResult<()> {
    if old != new && has_exports(this_v) {
        let t = vm.types.buffer_error.clone();
        return Err(vm.new_error(&t, "Existing exports of data: object cannot be re-sized"));
    }
    Ok(())
}

/// A copy of the data of a bytes-like object (bytes, bytearray, contiguous memoryview); see
/// `view`.
pub fn buffer_bytes(v: &Value) -> Option<Vec<u8>> {
    view(v).map(|b| b.to_vec())
}

/// A `PyBUF_SIMPLE` buffer argument whose errors propagate: Ok(None) when `v` is not
/// bytes-like, ValueError for a released memoryview, BufferError for a non-contiguous one.
pub fn simple_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(d) = buffer_bytes(v) {
        return Ok(Some(d));
    }
    match as_memview(v) {
        Some(m) if m.is_released() => Err(released_error(vm)),
        Some(_) => {
            let t = vm.types.buffer_error.clone();
            Err(vm.new_error(&t, "memoryview: underlying buffer is not C-contiguous"))
        }
        None => Ok(None),
    }
}

/// A `PyBUF_FULL_RO` buffer (copied in C order; any memoryview layout): Ok(None) when `v`
/// is not bytes-like, ValueError for a released memoryview.
pub fn full_bytes(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    match as_memview(v) {
        Some(m) if m.is_released() => Err(released_error(vm)),
        Some(m) => Ok(Some(m.to_bytes())),
        None => Ok(buffer_bytes(v)),
    }
}

pub fn is_bytes_like(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_))) || as_memview(v).is_some_and(|m| !m.is_released())
}

/// A bytes or bytearray (or subclass) value, not any other buffer.
pub fn is_bytes_or_bytearray(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_)))
}

pub fn is_bytearray(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::ByteArray(_)))
}

/// The data of a bytes-like argument: "a bytes-like object is required, not 'str'".
pub fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match simple_arg(vm, v)? {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// The type name used in messages for the receiver ("bytes" / "bytearray").
pub fn kind(v: &Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// A view of the receiver's data.
pub fn this_view<'a>(vm: &mut Vm, a: &Args<'a>) -> PyResult<View<'a>> {
    match a.values.first().and_then(view) {
        Some(v) => Ok(v),
        None => Err(vm.type_error("descriptor requires a 'bytes' object")),
    }
}

/// The receiver's data (a copy).
pub fn this_data(vm: &mut Vm, a: &Args) -> PyResult<Vec<u8>> {
    match a.values.first().and_then(buffer_bytes) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("descriptor requires a 'bytes' object")),
    }
}

/// A new exact bytes or bytearray, of the receiver's kind.
pub fn new_like(vm: &Vm, this_v: &Value, data: Vec<u8>) -> Value {
    if is_bytearray(this_v) {
        vm.new_bytearray(data)
    } else {
        vm.new_bytes(data)
    }
}

/// An int argument that must be a byte value: "byte must be in range(0, 256)".
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = match vm.to_index(v)? {
        rpy_vm::objects::int::Int::Small(i) => i,
        rpy_vm::objects::int::Int::Big(_) => -1,
    };
    if !(0..256).contains(&i) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

pub fn init(vm: &mut Vm) {
    let b = vm.types.bytes.clone();
    let ba = vm.types.bytearray.clone();
    for table in [methods::METHODS, search::METHODS, split::METHODS, dunder::METHODS, new::SHARED] {
        vm.add_methods(&b, table);
        vm.add_methods(&ba, docs::for_bytearray(table));
    }
    vm.add_methods(&b, new::BYTES);
    vm.add_methods(&b, dunder::BYTES);
    vm.add_methods(&ba, new::BYTEARRAY);
    vm.add_methods(&ba, mutate::METHODS);
    vm.type_set_attr(&ba, "__hash__", Value::None);
    let doc = vm.new_str("bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer");
    vm.type_set_attr(&b, "__doc__", doc);
    let doc = vm.new_str("bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer");
    vm.type_set_attr(&ba, "__doc__", doc);
}
