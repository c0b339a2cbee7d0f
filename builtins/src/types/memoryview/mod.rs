//! The builtin `memoryview` type: a view sharing the memory of a bytes or bytearray (its
//! representation, the export count that keeps a viewed bytearray from resizing, creation,
//! the attributes and `init`).

mod items;
mod methods;
mod subscript;

use crate::types::str::argutil::bind_kw;
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::objects::typeobj::{tflags, type_data};
use rpy_vm::{ObjRef, Payload, PyErr, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// A type object kept for the life of the thread; at thread exit it is leaked rather than
/// freed (freeing objects while thread-locals are torn down is not possible).
pub(crate) struct TypeSlot(RefCell<Option<ObjRef>>);

impl TypeSlot {
    const fn new() -> TypeSlot {
        TypeSlot(RefCell::new(None))
    }

    pub(crate) fn get(&self) -> Option<ObjRef> {
        self.0.borrow().clone()
    }

    fn set(&self, t: ObjRef) {
        *self.0.borrow_mut() = Some(t);
    }
}

impl Drop for TypeSlot {
    fn drop(&mut self) {
        if let Some(t) = self.0.get_mut().take() {
            std::mem::forget(t);
        }
    }
}

thread_local! {
    static MV_TYPE: TypeSlot = const { TypeSlot::new() };
    pub(crate) static ITER_TYPE: TypeSlot = const { TypeSlot::new() };
    /// Unreleased views per exporting bytearray (by address; the views keep it alive).
    static EXPORTS: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
}

/// The memory layout and state of one memoryview.
pub struct MemView {
    /// The exporting object (`obj`): a bytes or bytearray value; views of views share it.
    root: Value,
    /// Byte offset in the root's data of the item at index (0, 0, …).
    start: isize,
    shape: Vec<usize>,
    /// Byte distance between consecutive items of each dimension (may be negative).
    strides: Vec<isize>,
    /// The format as `format` shows it ("B", "@i", …).
    format: String,
    /// The native format character.
    code: u8,
    itemsize: usize,
    readonly: bool,
    released: Cell<bool>,
    hash: Cell<Option<i64>>,
}

fn root_addr(root: &Value) -> Option<usize> {
    match root {
        Value::Obj(o) if matches!(o.payload, Payload::ByteArray(_)) => Some(o.addr()),
        _ => None,
    }
}

fn export(root: &Value) {
    if let Some(a) = root_addr(root) {
        EXPORTS.with(|e| *e.borrow_mut().entry(a).or_insert(0) += 1);
    }
}

fn unexport(root: &Value) {
    if let Some(a) = root_addr(root) {
        let _ = EXPORTS.try_with(|e| {
            let mut e = e.borrow_mut();
            if let Some(n) = e.get_mut(&a) {
                *n -= 1;
                if *n == 0 {
                    e.remove(&a);
                }
            }
        });
    }
}

/// Whether a bytearray has unreleased memoryviews (then it must not change size).
pub fn has_exports(v: &Value) -> bool {
    match root_addr(v) {
        Some(a) => EXPORTS.with(|e| e.borrow().contains_key(&a)),
        None => false,
    }
}

impl Drop for MemView {
    fn drop(&mut self) {
        if !self.released.get() {
            unexport(&self.root);
        }
    }
}

impl MemView {
    /// A one-dimensional 'B' view of all of a bytes/bytearray's data. Every `MemView` counts
    /// as an export of its root until released or dropped.
    fn of_bytes(root: Value, len: usize, readonly: bool) -> MemView {
        export(&root);
        MemView {
            root,
            start: 0,
            shape: vec![len],
            strides: vec![1],
            format: "B".into(),
            code: b'B',
            itemsize: 1,
            readonly,
            released: Cell::new(false),
            hash: Cell::new(None),
        }
    }

    /// A new view with the same memory and layout (a view of a view, `toreadonly`).
    fn derive(&self) -> MemView {
        export(&self.root);
        MemView {
            root: self.root.clone(),
            start: self.start,
            shape: self.shape.clone(),
            strides: self.strides.clone(),
            format: self.format.clone(),
            code: self.code,
            itemsize: self.itemsize,
            readonly: self.readonly,
            released: Cell::new(false),
            hash: Cell::new(None),
        }
    }

    pub fn is_released(&self) -> bool {
        self.released.get()
    }

    pub fn root(&self) -> &Value {
        &self.root
    }

    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// Number of items.
    pub fn item_count(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn nbytes(&self) -> usize {
        self.item_count() * self.itemsize
    }

    /// `c_contiguous` (CPython's `init_flags`).
    pub fn c_contiguous(&self) -> bool {
        match self.ndim() {
            0 => true,
            1 => self.shape[0] == 1 || self.strides[0] == self.itemsize as isize,
            _ => self.contiguous_in(self.shape.iter().zip(&self.strides).rev()),
        }
    }

    pub fn f_contiguous(&self) -> bool {
        match self.ndim() {
            0 => true,
            1 => self.c_contiguous(),
            _ => self.contiguous_in(self.shape.iter().zip(&self.strides)),
        }
    }

    /// `PyBuffer_IsContiguous` walking the dimensions in the given order.
    fn contiguous_in<'a>(&self, dims: impl Iterator<Item = (&'a usize, &'a isize)>) -> bool {
        if self.item_count() == 0 {
            return true;
        }
        let mut sd = self.itemsize as isize;
        for (&n, &st) in dims {
            if n > 1 && st != sd {
                return false;
            }
            sd *= n as isize;
        }
        true
    }

    /// Runs `f` on the root's data.
    fn with_data<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match &self.root {
            Value::Obj(o) => match &o.payload {
                Payload::Bytes(b) => f(b),
                Payload::ByteArray(c) => f(&c.borrow()),
                _ => f(&[]),
            },
            _ => f(&[]),
        }
    }

    /// Runs `f` on the root's data for writing (bytearray roots only).
    fn with_data_mut(&self, f: impl FnOnce(&mut [u8])) {
        if let Value::Obj(o) = &self.root {
            if let Payload::ByteArray(c) = &o.payload {
                f(&mut c.borrow_mut());
            }
        }
    }

    /// Byte offsets of all items, in C (row-major) or Fortran order.
    fn offsets(&self, fortran: bool) -> Vec<isize> {
        let mut out = Vec::with_capacity(self.item_count());
        if self.ndim() == 0 {
            out.push(self.start);
            return out;
        }
        if self.item_count() == 0 {
            return out;
        }
        let nd = self.ndim();
        let mut idx = vec![0usize; nd];
        loop {
            out.push(self.start + idx.iter().zip(&self.strides).map(|(&i, &s)| i as isize * s).sum::<isize>());
            // odometer increment: last dimension fastest (C) or first dimension fastest (F)
            let mut k = 0;
            loop {
                let d = if fortran { k } else { nd - 1 - k };
                idx[d] += 1;
                if idx[d] < self.shape[d] {
                    break;
                }
                idx[d] = 0;
                k += 1;
                if k == nd {
                    return out;
                }
            }
        }
    }

    /// The bytes of the item at byte offset `off` (zeros if the memory shrank under us).
    fn item_bytes(&self, data: &[u8], off: isize) -> Vec<u8> {
        let n = self.itemsize;
        match usize::try_from(off).ok().and_then(|o| data.get(o..o + n)) {
            Some(b) => b.to_vec(),
            None => vec![0; n],
        }
    }

    fn item_at(&self, off: isize) -> items::Item {
        self.with_data(|d| items::unpack(self.code, &self.item_bytes(d, off)))
    }

    /// All items in C order.
    fn items(&self) -> Vec<items::Item> {
        let offs = self.offsets(false);
        self.with_data(|d| offs.iter().map(|&o| items::unpack(self.code, &self.item_bytes(d, o))).collect())
    }

    /// The data in C order (`tobytes()`), or Fortran order.
    pub fn to_bytes_order(&self, fortran: bool) -> Vec<u8> {
        if !fortran && self.c_contiguous() {
            if let Some(r) = self.contiguous_range() {
                return self.with_data(|d| d.get(r.0..r.1).map(|s| s.to_vec()).unwrap_or_default());
            }
        }
        let offs = self.offsets(fortran);
        self.with_data(|d| {
            let mut out = Vec::with_capacity(offs.len() * self.itemsize);
            for o in offs {
                out.extend_from_slice(&self.item_bytes(d, o));
            }
            out
        })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        self.to_bytes_order(false)
    }

    /// For a C-contiguous view, the byte range it covers in the root's data (within bounds).
    pub fn contiguous_range(&self) -> Option<(usize, usize)> {
        if !self.c_contiguous() {
            return None;
        }
        let a = usize::try_from(self.start).ok()?;
        let b = a + self.nbytes();
        let len = self.with_data(|d| d.len());
        if self.nbytes() == 0 {
            return Some((a.min(len), a.min(len)));
        }
        (b <= len).then_some((a, b))
    }

    /// Writes the bytes of one item at byte offset `off`.
    fn write_item(&self, off: isize, bytes: &[u8]) {
        self.with_data_mut(|d| {
            if let Ok(o) = usize::try_from(off) {
                if let Some(dst) = d.get_mut(o..o + bytes.len()) {
                    dst.copy_from_slice(bytes);
                }
            }
        });
    }
}

/// The memoryview type (available once `init` ran).
pub fn memoryview_type() -> Option<ObjRef> {
    MV_TYPE.with(|t| t.get())
}

/// The `MemView` of a memoryview value.
pub fn as_memview(v: &Value) -> Option<&MemView> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(b) => b.downcast_ref::<MemView>(),
            _ => None,
        },
        _ => None,
    }
}

pub fn released_error(vm: &mut Vm) -> PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

/// The receiver of a memoryview method, checked not to be released.
fn this<'a>(vm: &mut Vm, a: &Args<'a>) -> PyResult<&'a MemView> {
    let m = this_any(vm, a)?;
    if m.is_released() {
        return Err(released_error(vm));
    }
    Ok(m)
}

/// The receiver of a memoryview method, released or not.
fn this_any<'a>(vm: &mut Vm, a: &Args<'a>) -> PyResult<&'a MemView> {
    match a.values.first().and_then(as_memview) {
        Some(m) => Ok(m),
        None => {
            let tn = a.values.first().map(|v| vm.type_name(v)).unwrap_or_default();
            Err(vm.type_error(format!("descriptor requires a 'memoryview' object but received a '{tn}'")))
        }
    }
}

/// Wraps a view into a new memoryview object.
fn wrap(vm: &mut Vm, m: MemView) -> Value {
    let t = memoryview_type().unwrap_or_else(|| vm.types.object.clone());
    Value::Obj(ObjRef::new(t, Payload::Native(Box::new(m))))
}

/// `memoryview(obj)` for any value: None when `obj` does not support the buffer protocol.
pub fn from_object(vm: &mut Vm, obj: &Value) -> PyResult<Option<Value>> {
    if let Some(m) = as_memview(obj) {
        if m.is_released() {
            return Err(released_error(vm));
        }
        let d = m.derive();
        return Ok(Some(wrap(vm, d)));
    }
    let m = match obj {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => MemView::of_bytes(obj.clone(), b.len(), true),
            Payload::ByteArray(c) => {
                let n = c.borrow().len();
                MemView::of_bytes(obj.clone(), n, false)
            }
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    Ok(Some(wrap(vm, m)))
}

fn mv_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = bind_kw(vm, &a, 1, "memoryview", &["object"], 1)?;
    let obj = b[0].clone().unwrap_or(Value::None);
    match from_object(vm, &obj)? {
        Some(v) => Ok(v),
        None => {
            let tn = vm.type_name(&obj);
            Err(vm.type_error(format!("memoryview: a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// A getter body on an unreleased view.
fn get(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut Vm, &MemView) -> Value) -> PyResult<Value> {
    let Some(m) = as_memview(v) else { return Err(vm.type_error("descriptor requires a 'memoryview' object")) };
    if m.is_released() {
        return Err(released_error(vm));
    }
    Ok(f(vm, m))
}

fn ints(vm: &Vm, xs: impl Iterator<Item = i64>) -> Value {
    vm.new_tuple(xs.map(Value::Int).collect())
}

fn g_obj(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(vm, v, |_, m| m.root.clone())
}
fn g_nbytes(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(vm, v, |_, m| Value::Int(m.nbytes() as i64))
}
fn g_readonly(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(vm, v, |_, m| Value::Bool(m.readonly))
}
fn g_itemsize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(vm, v, |_, m| Value::Int(m.itemsize as i64))
}
fn g_format(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(vm, v, |vm, m| vm.new_str(&m.format))
}
fn g_ndim(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(vm, v, |_, m| Value::Int(m.ndim() as i64))
}
fn g_shape(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(vm, v, |vm, m| ints(vm, m.shape.iter().map(|&n| n as i64)))
}
fn g_strides(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(vm, v, |vm, m| ints(vm, m.strides.iter().map(|&n| n as i64)))
}
fn g_suboffsets(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(vm, v, |vm, _| vm.new_tuple(vec![]))
}
fn g_c_contiguous(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(vm, v, |_, m| Value::Bool(m.c_contiguous()))
}
fn g_f_contiguous(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(vm, v, |_, m| Value::Bool(m.f_contiguous()))
}
fn g_contiguous(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(vm, v, |_, m| Value::Bool(m.c_contiguous() || m.f_contiguous()))
}

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "obj", get: g_obj, set: None, doc: "The underlying object of the memoryview." },
    GetSetDef { name: "nbytes", get: g_nbytes, set: None, doc: "The amount of space in bytes that the array would use in\n a contiguous representation." },
    GetSetDef { name: "readonly", get: g_readonly, set: None, doc: "A bool indicating whether the memory is read only." },
    GetSetDef { name: "itemsize", get: g_itemsize, set: None, doc: "The size in bytes of each element of the memoryview." },
    GetSetDef { name: "format", get: g_format, set: None, doc: "A string containing the format (in struct module style)\n for each element in the view." },
    GetSetDef { name: "ndim", get: g_ndim, set: None, doc: "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents." },
    GetSetDef { name: "shape", get: g_shape, set: None, doc: "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array." },
    GetSetDef {
        name: "strides",
        get: g_strides,
        set: None,
        doc: "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array.",
    },
    GetSetDef { name: "suboffsets", get: g_suboffsets, set: None, doc: "A tuple of integers used internally for PIL-style arrays." },
    GetSetDef { name: "c_contiguous", get: g_c_contiguous, set: None, doc: "A bool indicating whether the memory is C contiguous." },
    GetSetDef { name: "f_contiguous", get: g_f_contiguous, set: None, doc: "A bool indicating whether the memory is Fortran contiguous." },
    GetSetDef { name: "contiguous", get: g_contiguous, set: None, doc: "A bool indicating whether the memory is contiguous." },
];

static NEW: &[MethodDef] = &[MethodDef {
    name: "__new__",
    func: mv_new,
    flags: mflags::STATIC,
    sig: "($type, *args, **kwargs)",
    doc: "Create and return a new object.  See help(type) for accurate signature.",
}];

/// A builtin type that cannot be subclassed.
fn final_type(vm: &mut Vm, name: &str) -> ObjRef {
    let t = crate::types::typeobj::new_static_type(vm, name, "builtins");
    let td = type_data(&t);
    td.flags.set(td.flags.get() & !tflags::BASETYPE);
    t
}

pub fn init(vm: &mut Vm) {
    let t = final_type(vm, "memoryview");
    vm.add_methods(&t, NEW);
    vm.add_methods(&t, methods::METHODS);
    vm.add_methods(&t, subscript::METHODS);
    vm.add_getsets(&t, GETSETS);
    let doc = vm.new_str("Create a new memoryview object which references the given object.");
    vm.type_set_attr(&t, "__doc__", doc);
    let it = final_type(vm, "memory_iterator");
    vm.add_methods(&it, methods::ITER_METHODS);
    vm.type_set_attr(&it, "__doc__", Value::None);
    MV_TYPE.with(|m| m.set(t.clone()));
    ITER_TYPE.with(|m| m.set(it));
    let bd = vm.builtins_dict.clone();
    vm.dict_set_str(&bd, "memoryview", Value::Obj(t));
}
