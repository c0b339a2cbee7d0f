//! The binary layer of the standard streams (`sys.stdin.buffer` and friends): a
//! `_io.BufferedReader` for stdin, `_io.BufferedWriter` for stdout/stderr, or `_io.FileIO`
//! when output is unbuffered (`-u`). It shares its state with the text layer.

use super::{fill, flush_out, optional_size, push_out, unsupported, Shared, StdKind, BUFFER_SIZE};
use crate::native_type::{self, TypeSpec};
use rpy_vm::objects::native::{Args, GetSetDef, MethodDef};
use rpy_vm::objects::typeobj::Layout;
use rpy_vm::protocol::{repr, seq};
use rpy_vm::{ObjRef, Payload, PyErr, PyResult, Value, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Variant {
    /// `_io.BufferedReader` (stdin)
    Reader,
    /// `_io.BufferedWriter` (stdout, stderr)
    Writer,
    /// `_io.FileIO` in mode 'wb' (stdout, stderr with -u)
    Raw,
}

impl Variant {
    fn type_name(self) -> &'static str {
        match self {
            Variant::Reader => "BufferedReader",
            Variant::Writer => "BufferedWriter",
            Variant::Raw => "FileIO",
        }
    }
}

struct BinPayload {
    st: Shared,
    variant: Variant,
}

fn payload_of(v: &Value) -> Option<&BinPayload> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(b) => b.downcast_ref::<BinPayload>(),
            _ => None,
        },
        _ => None,
    }
}

pub(super) fn shared_of(v: &Value) -> Option<Shared> {
    payload_of(v).map(|p| p.st.clone())
}

fn this(vm: &mut Vm, a: &Args) -> PyResult<(Shared, Variant)> {
    match payload_of(&a.values[0]) {
        Some(p) => Ok((p.st.clone(), p.variant)),
        None => {
            let tn = vm.type_name(&a.values[0]);
            Err(vm.type_error(format!("descriptor requires a binary standard stream but received a '{tn}'")))
        }
    }
}

fn binary_type(vm: &mut Vm, variant: Variant) -> ObjRef {
    let idx = variant as usize;
    if let Some(t) = crate::state::with(vm, |s| s.binary_types[idx].clone()) {
        return t;
    }
    let base = vm.types.object.clone();
    let t = native_type::new_type(
        vm,
        TypeSpec { name: variant.type_name(), module: "_io", base, layout: Layout::Special, flags: 0, instance_dict: false, nslots: 0, doc: None },
    );
    vm.add_methods(&t, COMMON);
    vm.add_getsets(&t, GETSETS);
    match variant {
        Variant::Reader => vm.add_methods(&t, READER),
        Variant::Writer => vm.add_methods(&t, WRITER),
        Variant::Raw => {
            vm.add_methods(&t, RAW);
            vm.add_getsets(&t, RAW_GETSETS);
        }
    }
    crate::state::with(vm, |s| s.binary_types[idx] = Some(t.clone()));
    t
}

/// The binary stream over `st`.
pub(super) fn new_binary(vm: &mut Vm, st: Shared, raw: bool) -> ObjRef {
    let variant = match (st.borrow().kind, raw) {
        (StdKind::Stdin, _) => Variant::Reader,
        (_, false) => Variant::Writer,
        (_, true) => Variant::Raw,
    };
    let t = binary_type(vm, variant);
    ObjRef::new(t, Payload::Native(Box::new(BinPayload { st, variant })))
}

// ----- errors and argument checks ----------------------------------------------------------

fn err(vm: &mut Vm, msg: &str) -> PyErr {
    vm.value_error(msg)
}

/// "I/O operation on closed file." from `_io._IOBase`.
fn closed_iobase(vm: &mut Vm) -> PyErr {
    err(vm, "I/O operation on closed file.")
}

/// "I/O operation on closed file" from the raw file layer.
fn closed_raw(vm: &mut Vm) -> PyErr {
    err(vm, "I/O operation on closed file")
}

fn is_closed(st: &Shared) -> bool {
    st.borrow().closed
}

fn no_kwargs(vm: &mut Vm, a: &Args, v: Variant, name: &str) -> PyResult<()> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{}.{name}() takes no keyword arguments", v.type_name())));
    }
    Ok(())
}

fn no_args(vm: &mut Vm, a: &Args, v: Variant, name: &str) -> PyResult<()> {
    no_kwargs(vm, a, v, name)?;
    let n = a.len().saturating_sub(1);
    if n != 0 {
        return Err(vm.type_error(format!("{}.{name}() takes no arguments ({n} given)", v.type_name())));
    }
    Ok(())
}

fn at_most_one(vm: &mut Vm, a: &Args, v: Variant, name: &str) -> PyResult<Option<Value>> {
    no_kwargs(vm, a, v, name)?;
    if a.len() > 2 {
        return Err(vm.type_error(format!("{name} expected at most 1 argument, got {}", a.len() - 1)));
    }
    Ok(a.pos().get(1).cloned())
}

fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::Bytes(b) => return Ok(b.to_vec()),
            Payload::ByteArray(b) => return Ok(b.borrow().clone()),
            _ => {}
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
}

/// The reading methods of a stream that cannot read: BufferedWriter says which method,
/// FileIO checks for closing first.
fn not_readable(vm: &mut Vm, st: &Shared, v: Variant, what: &str) -> PyErr {
    match v {
        Variant::Raw if is_closed(st) => closed_raw(vm),
        Variant::Raw => unsupported(vm, "File not open for reading"),
        _ => unsupported(vm, what),
    }
}

// ----- output ------------------------------------------------------------------------------

fn b_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    if v == Variant::Reader {
        return Err(unsupported(vm, "write"));
    }
    no_kwargs(vm, &a, v, "write")?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("{}.write() takes exactly one argument ({} given)", v.type_name(), a.len() - 1)));
    }
    let data = bytes_of(vm, &a.values[1])?;
    if is_closed(&st) {
        return Err(if v == Variant::Raw { closed_raw(vm) } else { err(vm, "write to closed file") });
    }
    push_out(vm, &st, &data)?;
    Ok(Value::Int(data.len() as i64))
}

fn b_writelines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    no_kwargs(vm, &a, v, "writelines")?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("{}.writelines() takes exactly one argument ({} given)", v.type_name(), a.len() - 1)));
    }
    if is_closed(&st) {
        return Err(closed_iobase(vm));
    }
    let this = a.values[0].clone();
    let it = seq::get_iter(vm, &a.values[1])?;
    while let Some(line) = seq::next(vm, &it)? {
        vm.call_method(&this, "write", &[line])?;
    }
    Ok(Value::None)
}

fn b_flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    no_args(vm, &a, v, "flush")?;
    if is_closed(&st) {
        return Err(if v == Variant::Writer { err(vm, "flush of closed file") } else { closed_iobase(vm) });
    }
    if v != Variant::Reader {
        flush_out(vm, &st)?;
    }
    Ok(Value::None)
}

fn b_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    no_args(vm, &a, v, "close")?;
    if is_closed(&st) {
        return Ok(Value::None);
    }
    // CPython's text layer would lose its pending text here; keep it
    let r = super::flush_text(vm, &st);
    st.borrow_mut().closed = true;
    r?;
    Ok(Value::None)
}

// ----- input -------------------------------------------------------------------------------

/// Up to `n` bytes (all of the input when None), reading until enough arrived or EOF.
fn read_bytes(vm: &mut Vm, st: &Shared, n: Option<usize>) -> PyResult<Vec<u8>> {
    loop {
        let have = st.borrow().avail().len();
        if n.is_some_and(|n| have >= n) || !fill(vm, st)? {
            break;
        }
    }
    Ok(st.borrow_mut().take(n.unwrap_or(usize::MAX)))
}

/// A line (through b'\n') of at most `limit` bytes.
fn read_line(vm: &mut Vm, st: &Shared, limit: Option<usize>) -> PyResult<Vec<u8>> {
    let mut searched = 0usize;
    loop {
        let end = {
            let s = st.borrow();
            let av = s.avail();
            let upto = limit.map_or(av.len(), |l| l.min(av.len()));
            match av[searched.min(upto)..upto].iter().position(|&b| b == b'\n') {
                Some(i) => Some(searched + i + 1),
                None if limit.is_some_and(|l| av.len() >= l) => limit,
                None => {
                    searched = upto;
                    None
                }
            }
        };
        if let Some(e) = end {
            return Ok(st.borrow_mut().take(e));
        }
        if !fill(vm, st)? {
            return Ok(st.borrow_mut().take(usize::MAX));
        }
    }
}

fn b_read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    let arg = at_most_one(vm, &a, v, "read")?;
    if v == Variant::Writer {
        return Err(unsupported(vm, "read"));
    }
    let n = optional_size(vm, arg.as_ref())?;
    if v == Variant::Raw {
        return Err(not_readable(vm, &st, v, "read"));
    }
    if is_closed(&st) {
        return Err(err(vm, "read of closed file"));
    }
    if n < -1 {
        return Err(vm.value_error("read length must be non-negative or -1"));
    }
    let data = read_bytes(vm, &st, if n < 0 { None } else { Some(n as usize) })?;
    Ok(vm.new_bytes(data))
}

fn b_read1(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    let arg = at_most_one(vm, &a, v, "read1")?;
    if v == Variant::Writer {
        return Err(unsupported(vm, "read1"));
    }
    let n = match arg {
        Some(x) => rpy_builtins::args::expect_i64(vm, &x)?,
        None => -1,
    };
    if is_closed(&st) {
        return Err(err(vm, "read of closed file"));
    }
    if st.borrow().avail().is_empty() {
        fill(vm, &st)?;
    }
    let data = st.borrow_mut().take(if n < 0 { usize::MAX } else { n as usize });
    Ok(vm.new_bytes(data))
}

fn b_peek(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    let arg = at_most_one(vm, &a, v, "peek")?;
    if let Some(x) = arg {
        rpy_builtins::args::expect_i64(vm, &x)?;
    }
    if is_closed(&st) {
        return Err(err(vm, "peek of closed file"));
    }
    if st.borrow().avail().is_empty() {
        fill(vm, &st)?;
    }
    let data = {
        let s = st.borrow();
        let av = s.avail();
        av[..av.len().min(BUFFER_SIZE)].to_vec()
    };
    Ok(vm.new_bytes(data))
}

fn readline_impl(vm: &mut Vm, st: &Shared, v: Variant, limit: i64) -> PyResult<Vec<u8>> {
    if v != Variant::Reader {
        return Err(not_readable(vm, st, v, "read"));
    }
    if is_closed(st) {
        return Err(err(vm, "readline of closed file"));
    }
    read_line(vm, st, if limit < 0 { None } else { Some(limit as usize) })
}

fn b_readline(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    let arg = at_most_one(vm, &a, v, "readline")?;
    let n = optional_size(vm, arg.as_ref())?;
    let line = readline_impl(vm, &st, v, n)?;
    Ok(vm.new_bytes(line))
}

fn b_readlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    let arg = at_most_one(vm, &a, v, "readlines")?;
    let hint = optional_size(vm, arg.as_ref())?;
    if is_closed(&st) {
        return Err(closed_iobase(vm));
    }
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = readline_impl(vm, &st, v, -1)?;
        if line.is_empty() {
            break;
        }
        total += line.len();
        lines.push(vm.new_bytes(line));
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn b_readall(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    no_args(vm, &a, v, "readall")?;
    Err(not_readable(vm, &st, v, "readall"))
}

fn b_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    no_args(vm, &a, v, "__iter__")?;
    if is_closed(&st) {
        return Err(closed_iobase(vm));
    }
    Ok(a.values[0].clone())
}

fn b_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    no_args(vm, &a, v, "__next__")?;
    let line = readline_impl(vm, &st, v, -1)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(vm.new_bytes(line))
}

// ----- queries -----------------------------------------------------------------------------

fn open_raw(vm: &mut Vm, st: &Shared) -> PyResult<()> {
    if is_closed(st) {
        return Err(closed_raw(vm));
    }
    Ok(())
}

fn b_fileno(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    no_args(vm, &a, v, "fileno")?;
    open_raw(vm, &st)?;
    let fd = st.borrow().kind.fd();
    Ok(Value::Int(fd))
}

fn b_isatty(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    no_args(vm, &a, v, "isatty")?;
    open_raw(vm, &st)?;
    let kind = st.borrow().kind;
    Ok(Value::Bool(kind.is_tty()))
}

fn b_seekable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    no_args(vm, &a, v, "seekable")?;
    open_raw(vm, &st)?;
    let kind = st.borrow().kind;
    Ok(Value::Bool(kind.seekable()))
}

fn b_readable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    no_args(vm, &a, v, "readable")?;
    if v == Variant::Writer {
        return Ok(Value::Bool(false));
    }
    open_raw(vm, &st)?;
    Ok(Value::Bool(v == Variant::Reader))
}

fn b_writable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    no_args(vm, &a, v, "writable")?;
    if v == Variant::Reader {
        return Ok(Value::Bool(false));
    }
    open_raw(vm, &st)?;
    Ok(Value::Bool(true))
}

fn b_enter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    no_args(vm, &a, v, "__enter__")?;
    if is_closed(&st) {
        return Err(closed_iobase(vm));
    }
    Ok(a.values[0].clone())
}

fn b_exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.values[0].clone();
    vm.call_method(&this, "close", &[])
}

fn b_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (st, v) = this(vm, &a)?;
    no_args(vm, &a, v, "__repr__")?;
    let (kind, closed) = (st.borrow().kind, st.borrow().closed);
    let name = repr::repr_str(kind.name());
    let s = match v {
        Variant::Raw if closed => "<_io.FileIO [closed]>".to_string(),
        Variant::Raw => format!("<_io.FileIO name={name} mode='wb' closefd=False>"),
        _ => format!("<_io.{} name={name}>", v.type_name()),
    };
    Ok(vm.new_string(s))
}

// ----- attributes --------------------------------------------------------------------------

fn get(vm: &mut Vm, v: &Value) -> PyResult<(Shared, Variant)> {
    match payload_of(v) {
        Some(p) => Ok((p.st.clone(), p.variant)),
        None => Err(vm.type_error("descriptor requires a binary standard stream")),
    }
}

fn g_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (st, _) = get(vm, v)?;
    let c = st.borrow().closed;
    Ok(Value::Bool(c))
}

fn g_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (st, _) = get(vm, v)?;
    let k = st.borrow().kind;
    Ok(vm.new_str(k.name()))
}

fn g_mode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (_, variant) = get(vm, v)?;
    Ok(vm.new_str(if variant == Variant::Reader { "rb" } else { "wb" }))
}

fn g_closefd(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(vm, v)?;
    Ok(Value::Bool(false))
}

macro_rules! m {
    ($name:literal, $f:ident, $sig:literal) => {
        MethodDef { name: $name, func: $f, flags: 0, sig: $sig, doc: "" }
    };
}

static COMMON: &[MethodDef] = &[
    m!("write", b_write, "($self, buffer, /)"),
    m!("writelines", b_writelines, "($self, lines, /)"),
    m!("flush", b_flush, "($self, /)"),
    m!("close", b_close, "($self, /)"),
    m!("read", b_read, "($self, size=-1, /)"),
    m!("readline", b_readline, "($self, size=-1, /)"),
    m!("readlines", b_readlines, "($self, hint=-1, /)"),
    m!("__iter__", b_iter, "($self, /)"),
    m!("__next__", b_next, "($self, /)"),
    m!("fileno", b_fileno, "($self, /)"),
    m!("isatty", b_isatty, "($self, /)"),
    m!("seekable", b_seekable, "($self, /)"),
    m!("readable", b_readable, "($self, /)"),
    m!("writable", b_writable, "($self, /)"),
    m!("__enter__", b_enter, "($self, /)"),
    m!("__exit__", b_exit, "($self, *args)"),
    m!("__repr__", b_repr, "($self, /)"),
];

static READER: &[MethodDef] = &[m!("read1", b_read1, "($self, size=-1, /)"), m!("peek", b_peek, "($self, size=0, /)")];

static WRITER: &[MethodDef] = &[m!("read1", b_read1, "($self, size=-1, /)")];

static RAW: &[MethodDef] = &[m!("readall", b_readall, "($self, /)")];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "closed", get: g_closed, set: None, doc: "" },
    GetSetDef { name: "name", get: g_name, set: None, doc: "" },
    GetSetDef { name: "mode", get: g_mode, set: None, doc: "" },
];

static RAW_GETSETS: &[GetSetDef] = &[GetSetDef { name: "closefd", get: g_closefd, set: None, doc: "True if the file descriptor will be closed by close()." }];
