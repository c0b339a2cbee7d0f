//! memoryview's conversions and protocols: tolist, tobytes, hex, toreadonly, release and
//! the context manager, comparisons, hash, repr, iteration (the `memory_iterator` type).

use super::items::{is_byte_format, Item};
use super::{as_memview, released_error, this, this_any, wrap, MemView, ITER_TYPE};
use crate::types::str::argutil::{bind_kw, no_args, no_kw, wrapper_args};
use crate::types::str::as_pystr;
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::Cell;

/// Nested lists of the items of dimensions `dim..` starting at byte offset `off`.
fn tolist_rec(vm: &Vm, m: &MemView, off: isize, dim: usize) -> Value {
    let n = m.shape[dim];
    let st = m.strides[dim];
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        let o = off + k as isize * st;
        if dim + 1 == m.ndim() {
            out.push(m.item_at(o).to_value(vm));
        } else {
            out.push(tolist_rec(vm, m, o, dim + 1));
        }
    }
    vm.new_list(out)
}

fn mv_tolist(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "memoryview.tolist")?;
    let m = this(vm, &a)?;
    if m.ndim() == 0 {
        return Ok(m.item_at(m.start).to_value(vm));
    }
    Ok(tolist_rec(vm, m, m.start, 0))
}

fn mv_tobytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = bind_kw(vm, &a, 1, "tobytes", &["order"], 0)?;
    let order = match &b[0] {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match as_pystr(v) {
            Some(s) => Some(s.as_str().to_string()),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("tobytes() argument 'order' must be str or None, not {tn}")));
            }
        },
    };
    let m = this(vm, &a)?;
    let fortran = match order.as_deref() {
        None | Some("C") => false,
        Some("F") => true,
        Some("A") => m.f_contiguous() && !m.c_contiguous(),
        Some(_) => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
    };
    let d = m.to_bytes_order(fortran);
    Ok(vm.new_bytes(d))
}

fn mv_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    this(vm, &a)?;
    let this_v = a.values[0].clone();
    crate::types::bytes::hex_impl(vm, &a, &|vm: &mut Vm| match as_memview(&this_v) {
        Some(m) if !m.is_released() => Ok(m.to_bytes()),
        _ => Err(released_error(vm)),
    })
}

/// The items and shape of the other side of a comparison: a memoryview or a bytes-like
/// object (format 'B'). None when it has no buffer or is a released view.
fn other_items(w: &Value) -> Option<(Vec<usize>, Vec<Item>)> {
    if let Some(m) = as_memview(w) {
        if m.is_released() {
            return None;
        }
        return Some((m.shape.clone(), m.items()));
    }
    let d = crate::types::bytes::buffer_bytes(w)?;
    Some((vec![d.len()], d.into_iter().map(|b| Item::Int(b as i128)).collect()))
}

/// CPython's `equiv_shape`.
fn same_shape(a: &[usize], b: &[usize]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return false;
        }
        if *x == 0 {
            break;
        }
    }
    true
}

/// `==` of two views; None for NotImplemented.
fn equal(v: &Value, w: &Value) -> Option<bool> {
    let m = as_memview(v)?;
    let w_released = as_memview(w).is_some_and(|x| x.is_released());
    if m.is_released() || w_released {
        return Some(v.is(w));
    }
    let (wshape, witems) = other_items(w)?;
    if !same_shape(&m.shape, &wshape) {
        return Some(false);
    }
    let mine = m.items();
    Some(mine.len() == witems.len() && mine.iter().zip(&witems).all(|(x, y)| x.equals(*y)))
}

fn mv_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = wrapper_args(vm, &a, "__eq__", 1)?[0].clone();
    this_any(vm, &a)?;
    Ok(match equal(&a.values[0], &o) {
        Some(r) => Value::Bool(r),
        None => vm.not_implemented(),
    })
}

fn mv_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = wrapper_args(vm, &a, "__ne__", 1)?[0].clone();
    this_any(vm, &a)?;
    Ok(match equal(&a.values[0], &o) {
        Some(r) => Value::Bool(!r),
        None => vm.not_implemented(),
    })
}

/// Ordering is not defined for memoryviews.
fn unordered(vm: &mut Vm, a: Args, name: &str) -> PyResult<Value> {
    wrapper_args(vm, &a, name, 1)?;
    this_any(vm, &a)?;
    Ok(vm.not_implemented())
}

fn mv_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unordered(vm, a, "__lt__")
}
fn mv_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unordered(vm, a, "__le__")
}
fn mv_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unordered(vm, a, "__gt__")
}
fn mv_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unordered(vm, a, "__ge__")
}

fn mv_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrapper_args(vm, &a, "__hash__", 0)?;
    let m = this_any(vm, &a)?;
    if let Some(h) = m.hash.get() {
        return Ok(Value::Int(h));
    }
    if m.is_released() {
        return Err(released_error(vm));
    }
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(m.code) {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let root = m.root.clone();
    vm.hash(&root)?;
    let m = this(vm, &a)?;
    let h = rpy_vm::objects::hash::siphash13(&m.to_bytes());
    m.hash.set(Some(h));
    Ok(Value::Int(h))
}

fn mv_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrapper_args(vm, &a, "__repr__", 0)?;
    let m = this_any(vm, &a)?;
    let addr = match &a.values[0] {
        Value::Obj(o) => o.addr(),
        _ => 0,
    };
    let what = if m.is_released() { "released memory" } else { "memory" };
    Ok(vm.new_string(format!("<{what} at {addr:#x}>")))
}

/// The state of a `memory_iterator`.
struct MemIter {
    view: Cell<Option<Value>>,
    index: Cell<usize>,
    len: usize,
}

fn mv_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrapper_args(vm, &a, "__iter__", 0)?;
    let m = this(vm, &a)?;
    if m.ndim() == 0 {
        return Err(vm.type_error("invalid indexing of 0-dim memory"));
    }
    if m.ndim() != 1 {
        return Err(vm.not_implemented_error("multi-dimensional sub-views are not implemented"));
    }
    let len = m.shape[0];
    let t: ObjRef = ITER_TYPE.with(|t| t.get()).unwrap_or_else(|| vm.types.object.clone());
    let it = MemIter { view: Cell::new(Some(a.values[0].clone())), index: Cell::new(0), len };
    Ok(Value::Obj(ObjRef::new(t, Payload::Native(Box::new(it)))))
}

fn this_iter<'a>(vm: &mut Vm, a: &Args<'a>) -> PyResult<&'a MemIter> {
    match a.values.first() {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Native(b) => match b.downcast_ref::<MemIter>() {
                Some(it) => Ok(it),
                None => Err(vm.type_error("descriptor requires a 'memory_iterator' object")),
            },
            _ => Err(vm.type_error("descriptor requires a 'memory_iterator' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'memory_iterator' object")),
    }
}

fn it_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrapper_args(vm, &a, "__iter__", 0)?;
    this_iter(vm, &a)?;
    Ok(a.values[0].clone())
}

fn it_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrapper_args(vm, &a, "__next__", 0)?;
    let it = this_iter(vm, &a)?;
    let Some(v) = it.view.take() else { return Err(vm.stop_iteration(None)) };
    let i = it.index.get();
    if i >= it.len {
        return Err(vm.stop_iteration(None));
    }
    let r = match as_memview(&v) {
        Some(m) if !m.is_released() => m.item_at(m.start + i as isize * m.strides[0]).to_value(vm),
        _ => {
            it.view.set(Some(v));
            return Err(released_error(vm));
        }
    };
    it.index.set(i + 1);
    it.view.set(Some(v));
    Ok(r)
}

fn mv_toreadonly(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "memoryview.toreadonly")?;
    let m = this(vm, &a)?;
    let mut d = m.derive();
    d.readonly = true;
    Ok(wrap(vm, d))
}

/// `__enter__` returns the view itself.
fn mv_enter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "memoryview.__enter__")?;
    this(vm, &a)?;
    Ok(a.values[0].clone())
}

/// `release()`: drops the view's claim on the memory; later use raises ValueError.
fn mv_release(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "memoryview.release")?;
    release(vm, &a)
}

fn release(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let m = this_any(vm, a)?;
    if !m.released.get() {
        m.released.set(true);
        super::unexport(&m.root);
    }
    Ok(Value::None)
}

/// `__exit__(*exc_info)` releases the view.
fn mv_exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kw(vm, &a, "memoryview.__exit__")?;
    release(vm, &a)
}

pub static METHODS: &[MethodDef] = &[
    MethodDef { name: "tolist", func: mv_tolist, flags: 0, sig: "($self, /)", doc: "Return the data in the buffer as a list of elements." },
    MethodDef { name: "tobytes", func: mv_tobytes, flags: 0, sig: "($self, /, order='C')", doc: "Return the data in the buffer as a byte string.\n\nOrder can be {'C', 'F', 'A'}. When order is 'C' or 'F', the data of the\noriginal array is converted to C or Fortran order. For contiguous views,\n'A' returns an exact copy of the physical memory. In particular, in-memory\nFortran order is preserved. For non-contiguous views, the data is converted\nto C first. order=None is the same as order='C'." },
    MethodDef { name: "hex", func: mv_hex, flags: 0, sig: "($self, /, sep=<unrepresentable>, bytes_per_sep=1)", doc: "Return the data in the buffer as a str of hexadecimal numbers.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nExample:\n>>> value = memoryview(b'\\xb9\\x01\\xef')\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'" },
    MethodDef { name: "__eq__", func: mv_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: mv_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__lt__", func: mv_lt, flags: 0, sig: "($self, value, /)", doc: "Return self<value." },
    MethodDef { name: "__le__", func: mv_le, flags: 0, sig: "($self, value, /)", doc: "Return self<=value." },
    MethodDef { name: "__gt__", func: mv_gt, flags: 0, sig: "($self, value, /)", doc: "Return self>value." },
    MethodDef { name: "__ge__", func: mv_ge, flags: 0, sig: "($self, value, /)", doc: "Return self>=value." },
    MethodDef { name: "__hash__", func: mv_hash, flags: 0, sig: "($self, /)", doc: "Return hash(self)." },
    MethodDef { name: "__repr__", func: mv_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "toreadonly", func: mv_toreadonly, flags: 0, sig: "($self, /)", doc: "Return a readonly version of the memoryview." },
    MethodDef { name: "release", func: mv_release, flags: 0, sig: "($self, /)", doc: "Release the underlying buffer exposed by the memoryview object." },
    MethodDef { name: "__enter__", func: mv_enter, flags: 0, sig: "", doc: "" },
    MethodDef { name: "__exit__", func: mv_exit, flags: 0, sig: "", doc: "" },
    MethodDef { name: "__iter__", func: mv_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
];

/// `memory_iterator` has no constructor.
fn it_new(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'memory_iterator' instances"))
}

pub static ITER_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: it_new,
        flags: rpy_vm::objects::native::mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef { name: "__iter__", func: it_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: it_next, flags: 0, sig: "($self, /)", doc: "Implement next(self)." },
];
