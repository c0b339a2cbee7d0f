//! memoryview indexing: `len`, `m[i]`, `m[i, j]`, `m[a:b:c]` (a view sharing the memory),
//! item and slice assignment, `del` (refused), and `cast` to another format or shape.

use super::items::{self, is_byte_format, native_char, native_size};
use super::{as_memview, released_error, this, wrap, MemView};
use crate::types::str::argutil::{bind_kw, wrapper_args};
use crate::types::str::as_pystr;
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::protocol::attr;
use rpy_vm::protocol::convert::{slice_indices, slice_len};
use rpy_vm::protocol::number::as_int;
use rpy_vm::{Payload, PyResult, Value, Vm};

/// `_PyIndex_Check`: an int or an object with `__index__`.
fn is_index(vm: &mut Vm, v: &Value) -> bool {
    as_int(v).is_some() || attr::lookup_special(vm, v, "__index__").is_some()
}

fn tuple_items(v: &Value) -> Option<&[Value]> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => Some(t),
            _ => None,
        },
        _ => None,
    }
}

fn is_slice(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Slice { .. }))
}

fn is_ellipsis(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class().is(&vm.types.ellipsis_type))
}

/// Tuple keys: all indices (`is_multiindex`) or all slices (`is_multislice`).
fn multi_index(vm: &mut Vm, key: &Value) -> Option<Vec<Value>> {
    let t = tuple_items(key)?.to_vec();
    t.iter().all(|x| is_index(vm, x)).then_some(t)
}

fn is_multislice(key: &Value) -> bool {
    tuple_items(key).is_some_and(|t| t.iter().all(is_slice))
}

/// The byte offset of item `index` along dimension `dim` (`lookup_dimension`).
fn lookup_dimension(vm: &mut Vm, m: &MemView, base: isize, dim: usize, index: isize) -> PyResult<isize> {
    let n = m.shape[dim] as isize;
    let i = if index < 0 { index + n } else { index };
    if i < 0 || i >= n {
        return Err(vm.index_error(format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok(base + i * m.strides[dim])
}

/// The byte offset of the item a full tuple of indices designates (`ptr_from_tuple`).
fn offset_of_tuple(vm: &mut Vm, m: &MemView, idx: &[Value]) -> PyResult<isize> {
    if idx.len() > m.ndim() {
        return Err(vm.type_error(format!("cannot index {}-dimension view with {}-element tuple", m.ndim(), idx.len())));
    }
    let mut off = m.start;
    for (dim, v) in idx.iter().enumerate() {
        let i = vm.to_isize(v)?;
        off = lookup_dimension(vm, m, off, dim, i)?;
    }
    Ok(off)
}

/// A view of `m` restricted to the slice `key` along the first dimension (`init_slice`).
fn sliced(vm: &mut Vm, m: &MemView, key: &Value) -> PyResult<MemView> {
    let Value::Obj(k) = key else { return Err(vm.type_error("memoryview: invalid slice key")) };
    let Payload::Slice { start, stop, step } = &k.payload else { return Err(vm.type_error("memoryview: invalid slice key")) };
    let (x, y, z) = (start.clone(), stop.clone(), step.clone());
    let (start, stop, step) = slice_indices(vm, &x, &y, &z, m.shape[0])?;
    let mut d = m.derive();
    d.start += start * m.strides[0];
    d.shape[0] = slice_len(start, stop, step);
    d.strides[0] = m.strides[0] * step;
    Ok(d)
}

fn mv_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let key = wrapper_args(vm, &a, "__getitem__", 1)?[0].clone();
    let m = this(vm, &a)?;
    if m.ndim() == 0 {
        if tuple_items(&key).is_some_and(|t| t.is_empty()) {
            return Ok(m.item_at(m.start).to_value(vm));
        }
        if is_ellipsis(vm, &key) {
            return Ok(a.values[0].clone());
        }
        return Err(vm.type_error("invalid indexing of 0-dim memory"));
    }
    if is_index(vm, &key) {
        let i = vm.to_isize(&key)?;
        if m.ndim() != 1 {
            return Err(vm.not_implemented_error("multi-dimensional sub-views are not implemented"));
        }
        let off = lookup_dimension(vm, m, m.start, 0, i)?;
        return Ok(m.item_at(off).to_value(vm));
    }
    if is_slice(&key) {
        let d = sliced(vm, m, &key)?;
        return Ok(wrap(vm, d));
    }
    if let Some(idx) = multi_index(vm, &key) {
        if idx.len() < m.ndim() {
            return Err(vm.not_implemented_error("sub-views are not implemented"));
        }
        let off = offset_of_tuple(vm, m, &idx)?;
        return Ok(m.item_at(off).to_value(vm));
    }
    if is_multislice(&key) {
        return Err(vm.not_implemented_error("multi-dimensional slicing is not implemented"));
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

/// The layout of an assignment's source: (format char, shape, data in C order).
fn source_of(vm: &mut Vm, v: &Value) -> PyResult<(u8, Vec<usize>, Vec<u8>, usize)> {
    if let Some(s) = as_memview(v) {
        if s.is_released() {
            return Err(released_error(vm));
        }
        return Ok((s.code, s.shape.clone(), s.to_bytes(), s.itemsize));
    }
    match crate::types::bytes::full_bytes(vm, v)? {
        Some(d) => Ok((b'B', vec![d.len()], d, 1)),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

fn mv_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = wrapper_args(vm, &a, "__setitem__", 2)?;
    let (key, value) = (r[0].clone(), r[1].clone());
    let m = this(vm, &a)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    if m.ndim() == 0 {
        if is_ellipsis(vm, &key) || tuple_items(&key).is_some_and(|t| t.is_empty()) {
            let b = items::pack(vm, m.code, &value)?;
            m.write_item(m.start, &b);
            return Ok(Value::None);
        }
        return Err(vm.type_error("invalid indexing of 0-dim memory"));
    }
    if is_index(vm, &key) {
        if m.ndim() > 1 {
            return Err(vm.not_implemented_error("sub-views are not implemented"));
        }
        let i = vm.to_isize(&key)?;
        let off = lookup_dimension(vm, m, m.start, 0, i)?;
        let b = items::pack(vm, m.code, &value)?;
        check_alive(vm, &a)?;
        m.write_item(off, &b);
        return Ok(Value::None);
    }
    if is_slice(&key) && m.ndim() == 1 {
        let (code, shape, data, itemsize) = source_of(vm, &value)?;
        let dest = sliced(vm, m, &key)?;
        let dfmt = m.format.strip_prefix('@').unwrap_or(&m.format).as_bytes();
        let same_format = dfmt.len() == 1 && dfmt[0] == code && itemsize == m.itemsize;
        if !same_format || shape.len() != 1 || shape[0] != dest.shape[0] {
            return Err(vm.value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        for (k, off) in dest.offsets(false).into_iter().enumerate() {
            m.write_item(off, &data[k * itemsize..(k + 1) * itemsize]);
        }
        return Ok(Value::None);
    }
    if let Some(idx) = multi_index(vm, &key) {
        if idx.len() < m.ndim() {
            return Err(vm.not_implemented_error("sub-views are not implemented"));
        }
        let off = offset_of_tuple(vm, m, &idx)?;
        let b = items::pack(vm, m.code, &value)?;
        check_alive(vm, &a)?;
        m.write_item(off, &b);
        return Ok(Value::None);
    }
    if is_slice(&key) || is_multislice(&key) {
        return Err(vm.not_implemented_error("memoryview slice assignments are currently restricted to ndim = 1"));
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

/// After running Python code (`__index__`, …) the view may have been released.
fn check_alive(vm: &mut Vm, a: &Args) -> PyResult<()> {
    this(vm, a).map(|_| ())
}

fn mv_delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrapper_args(vm, &a, "__delitem__", 1)?;
    let m = this(vm, &a)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    Err(vm.type_error("cannot delete memory"))
}

/// The new shape of `cast(format, shape)` (`copy_shape`); checks the product.
fn cast_shape(vm: &mut Vm, shape: &Value, itemsize: usize, nbytes: usize) -> PyResult<Vec<usize>> {
    let items: Vec<Value> = match shape {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t.to_vec(),
            Payload::List(l) => l.borrow().clone(),
            _ => return Err(vm.type_error("shape must be a list or a tuple")),
        },
        _ => return Err(vm.type_error("shape must be a list or a tuple")),
    };
    if items.len() > 64 {
        return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
    }
    let mut out = Vec::with_capacity(items.len());
    let mut len: usize = itemsize;
    for x in &items {
        let n = match as_int(x) {
            Some(rpy_vm::objects::int::Int::Small(n)) => n,
            Some(rpy_vm::objects::int::Int::Big(_)) => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            None => return Err(vm.type_error("memoryview.cast(): elements of shape must be integers")),
        };
        if n <= 0 {
            return Err(vm.value_error("memoryview.cast(): elements of shape must be integers > 0"));
        }
        len = match len.checked_mul(n as usize).filter(|&l| l <= isize::MAX as usize) {
            Some(l) => l,
            None => return Err(vm.value_error("memoryview.cast(): product(shape) > SSIZE_MAX")),
        };
        out.push(n as usize);
    }
    if len != nbytes {
        return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
    }
    Ok(out)
}

fn mv_cast(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = bind_kw(vm, &a, 1, "cast", &["format", "shape"], 1)?;
    let fmt_v = b[0].clone().unwrap_or(Value::None);
    let Some(fmt) = as_pystr(&fmt_v) else {
        let tn = crate::types::str::argutil::clinic_type_name(vm, &fmt_v);
        return Err(vm.type_error(format!("cast() argument 'format' must be str, not {tn}")));
    };
    let fmt = fmt.as_str().to_string();
    let m = this(vm, &a)?;
    if !m.c_contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let zero_in_shape = m.shape.contains(&0);
    if (b[1].is_some() || m.ndim() != 1) && zero_in_shape {
        return Err(vm.type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    if let Some(shape) = &b[1] {
        let nd = match shape {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(t) => t.len(),
                Payload::List(l) => l.borrow().len(),
                _ => return Err(vm.type_error("shape must be a list or a tuple")),
            },
            _ => return Err(vm.type_error("shape must be a list or a tuple")),
        };
        if nd > 64 {
            return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
        }
        if m.ndim() != 1 && nd != 1 {
            return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
    }
    if !fmt.is_ascii() {
        let s = fmt.clone();
        return Err(crate::types::str::codec::encode(vm, &s, "ascii", "strict").err().unwrap_or_else(|| vm.value_error("format")));
    }
    // the C string ends at the first NUL
    let cfmt = fmt.split('\0').next().unwrap_or("").to_string();
    let Some(code) = native_char(&cfmt) else {
        return Err(vm.value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"));
    };
    if !is_byte_format(m.code) && !is_byte_format(code) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let itemsize = native_size(code).unwrap_or(1);
    let nbytes = m.nbytes();
    if nbytes % itemsize != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let mut d = m.derive();
    d.format = cfmt;
    d.code = code;
    d.itemsize = itemsize;
    d.shape = vec![nbytes / itemsize];
    d.strides = vec![itemsize as isize];
    if let Some(shape) = &b[1] {
        d.shape = cast_shape(vm, shape, itemsize, nbytes)?;
        let mut st = vec![0isize; d.shape.len()];
        let mut acc = itemsize as isize;
        for k in (0..d.shape.len()).rev() {
            st[k] = acc;
            acc *= d.shape[k] as isize;
        }
        d.strides = st;
    }
    Ok(wrap(vm, d))
}

fn mv_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrapper_args(vm, &a, "__len__", 0)?;
    let m = this(vm, &a)?;
    Ok(Value::Int(if m.ndim() == 0 { 1 } else { m.shape[0] as i64 }))
}

pub static METHODS: &[MethodDef] = &[
    MethodDef { name: "__getitem__", func: mv_getitem, flags: 0, sig: "($self, key, /)", doc: "Return self[key]." },
    MethodDef { name: "__setitem__", func: mv_setitem, flags: 0, sig: "($self, key, value, /)", doc: "Set self[key] to value." },
    MethodDef { name: "__delitem__", func: mv_delitem, flags: 0, sig: "($self, key, /)", doc: "Delete self[key]." },
    MethodDef { name: "__len__", func: mv_len, flags: 0, sig: "($self, /)", doc: "Return len(self)." },
    MethodDef { name: "cast", func: mv_cast, flags: 0, sig: "($self, /, format, shape=<unrepresentable>)", doc: "Cast a memoryview to a new format or shape." },
];
