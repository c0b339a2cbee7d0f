//! The standard streams `sys.stdin`, `sys.stdout` and `sys.stderr`: a native text stream type
//! (named `_io.TextIOWrapper`) over file descriptors 0, 1 and 2, UTF-8 encoded, with CPython's
//! buffering (stdout line-buffered on a terminal and block-buffered otherwise, stderr
//! line-buffered, everything unbuffered with `-u`).

use crate::native_type::{self, TypeSpec};
use rpy_builtins::args;
use rpy_vm::error::host::io_error;
use rpy_vm::object::{InstanceExt, ObjCell};
use rpy_vm::objects::native::{Args, GetSetDef, MethodDef};
use rpy_vm::objects::typeobj::Layout;
use rpy_vm::protocol::number::as_int;
use rpy_vm::protocol::{attr, repr, seq};
use rpy_vm::{ObjRef, Payload, PyErr, PyResult, Value, Vm};
use std::cell::RefCell;
use std::io::{BufRead, IsTerminal, Write};

/// Bytes buffered before a block-buffered stream writes them out (CPython's buffer size).
const BUFFER_SIZE: usize = 8192;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StdKind {
    Stdin,
    Stdout,
    Stderr,
}

impl StdKind {
    fn fd(self) -> i64 {
        match self {
            StdKind::Stdin => 0,
            StdKind::Stdout => 1,
            StdKind::Stderr => 2,
        }
    }

    fn name(self) -> &'static str {
        match self {
            StdKind::Stdin => "<stdin>",
            StdKind::Stdout => "<stdout>",
            StdKind::Stderr => "<stderr>",
        }
    }

    fn mode(self) -> &'static str {
        match self {
            StdKind::Stdin => "r",
            _ => "w",
        }
    }

    fn is_tty(self) -> bool {
        match self {
            StdKind::Stdin => std::io::stdin().is_terminal(),
            StdKind::Stdout => std::io::stdout().is_terminal(),
            StdKind::Stderr => std::io::stderr().is_terminal(),
        }
    }
}

/// The mutable state of one standard stream.
pub struct StreamState {
    pub kind: StdKind,
    pub line_buffering: bool,
    pub write_through: bool,
    pub errors: &'static str,
    pub closed: bool,
    /// encoded output not yet written to the file descriptor
    out: Vec<u8>,
    /// decoded input; `pending[pos..]` is not yet returned
    pending: String,
    pos: usize,
    /// input bytes that end in an incomplete UTF-8 sequence
    raw: Vec<u8>,
    eof: bool,
}

type Cell = RefCell<StreamState>;

fn state_of(v: &Value) -> Option<&Cell> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(b) => b.downcast_ref::<Cell>(),
            _ => None,
        },
        _ => None,
    }
}

fn this_state<'a>(vm: &mut Vm, a: &Args<'a>) -> PyResult<&'a Cell> {
    match state_of(&a.values[0]) {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(&a.values[0]);
            Err(vm.type_error(format!("descriptor requires a '_io.TextIOWrapper' object but received a '{tn}'")))
        }
    }
}

/// The stream type, created once per interpreter.
pub fn stream_type(vm: &mut Vm) -> ObjRef {
    if let Some(t) = crate::state::with(vm, |s| s.stream_type.clone()) {
        return t;
    }
    let base = vm.types.object.clone();
    let t = native_type::new_type(vm, TypeSpec { name: "TextIOWrapper", module: "_io", base, layout: Layout::Special, flags: 0, instance_dict: true, nslots: 0, doc: Some(DOC) });
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
    vm.add_getsets(&t, rpy_builtins::types::object::DICT_GETSET);
    crate::state::with(vm, |s| s.stream_type = Some(t.clone()));
    t
}

/// `io.UnsupportedOperation` (a subclass of OSError and ValueError), created once per
/// interpreter; the `io` module should expose this same class.
pub fn unsupported_operation_type(vm: &mut Vm) -> PyResult<ObjRef> {
    if let Some(t) = crate::state::with(vm, |s| s.unsupported_operation.clone()) {
        return Ok(t);
    }
    let ns = vm.new_dict_obj();
    let m = vm.new_str("io");
    vm.dict_set_str(&ns, "__module__", m);
    let bases = vec![Value::Obj(vm.types.os_error.clone()), Value::Obj(vm.types.value_error.clone())];
    let meta = vm.types.type_.clone();
    let t = rpy_builtins::types::typeobj::type_new(vm, &meta, "UnsupportedOperation", bases, &ns, &[])?;
    let Value::Obj(t) = t else { return Err(vm.system_error("UnsupportedOperation is not a type")) };
    crate::state::with(vm, |s| s.unsupported_operation = Some(t.clone()));
    Ok(t)
}

fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    match unsupported_operation_type(vm) {
        Ok(t) => vm.new_error(&t, msg),
        Err(e) => e,
    }
}

/// Creates one standard stream object. (The Rust runtime reopens closed descriptors 0-2 on
/// /dev/null before `main`, so they are always usable.)
pub fn new_std_stream(vm: &mut Vm, kind: StdKind, unbuffered: bool) -> ObjRef {
    let t = stream_type(vm);
    let tty = kind.is_tty();
    let st = StreamState {
        kind,
        line_buffering: !unbuffered && (tty || kind == StdKind::Stderr),
        write_through: unbuffered,
        errors: if kind == StdKind::Stderr { "backslashreplace" } else { "strict" },
        closed: false,
        out: Vec::new(),
        pending: String::new(),
        pos: 0,
        raw: Vec::new(),
        eof: false,
    };
    let ext = InstanceExt { dict: ObjCell::new(None), slots: Box::new([]) };
    let o = ObjRef::with_ext(t, Payload::Native(Box::new(RefCell::new(st))), Some(Box::new(ext)));
    let mode = vm.new_str(kind.mode());
    vm.set_attr_raw(&o, "mode", mode);
    o
}

// ----- output ------------------------------------------------------------------------------

fn raw_write(kind: StdKind, data: &[u8]) -> std::io::Result<()> {
    match kind {
        StdKind::Stdout => {
            let mut o = std::io::stdout().lock();
            o.write_all(data)?;
            o.flush()
        }
        StdKind::Stderr => {
            let mut e = std::io::stderr().lock();
            e.write_all(data)?;
            e.flush()
        }
        StdKind::Stdin => Ok(()),
    }
}

/// Writes out the buffered bytes of a stream. The buffer is emptied even when the write fails
/// (a closed pipe must not make every later write fail again).
fn flush_state(vm: &mut Vm, st: &Cell) -> PyResult<()> {
    let (kind, data) = {
        let mut s = st.borrow_mut();
        if s.out.is_empty() {
            return Ok(());
        }
        (s.kind, std::mem::take(&mut s.out))
    };
    raw_write(kind, &data).map_err(|e| io_error(vm, &e, None))
}

fn closed_error(vm: &mut Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// The same error from the raw file layer (no full stop).
fn closed_error_raw(vm: &mut Vm) -> PyErr {
    vm.value_error("I/O operation on closed file")
}

fn check_open(vm: &mut Vm, st: &Cell) -> PyResult<()> {
    if st.borrow().closed {
        return Err(closed_error(vm));
    }
    Ok(())
}

fn write_str(vm: &mut Vm, st: &Cell, s: &str) -> PyResult<()> {
    let flush = {
        let mut b = st.borrow_mut();
        b.out.extend_from_slice(s.as_bytes());
        b.write_through || (b.line_buffering && (s.contains('\n') || s.contains('\r'))) || b.out.len() >= BUFFER_SIZE
    };
    if flush {
        flush_state(vm, st)?;
    }
    Ok(())
}

fn s_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs(vm, &a, "write")?;
    let st = this_state(vm, &a)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("write() takes exactly one argument ({} given)", a.len() - 1)));
    }
    let arg = a.values[1].clone();
    let Some(so) = args::str_obj(&arg) else {
        let tn = vm.type_name(&arg);
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    };
    check_open(vm, st)?;
    if st.borrow().kind == StdKind::Stdin {
        return Err(unsupported(vm, "not writable"));
    }
    let n = match &so.payload {
        Payload::Str(p) => p.char_len(),
        _ => 0,
    };
    let s = vm.str_of(so);
    write_str(vm, st, &s)?;
    Ok(Value::Int(n as i64))
}

fn s_writelines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs(vm, &a, "writelines")?;
    let st = this_state(vm, &a)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("writelines() takes exactly one argument ({} given)", a.len() - 1)));
    }
    check_open(vm, st)?;
    let this = a.values[0].clone();
    let it = seq::get_iter(vm, &a.values[1])?;
    while let Some(line) = seq::next(vm, &it)? {
        vm.call_method(&this, "write", &[line])?;
    }
    Ok(Value::None)
}

fn s_flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "flush")?;
    let st = this_state(vm, &a)?;
    check_open(vm, st)?;
    flush_state(vm, st)?;
    Ok(Value::None)
}

fn s_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "close")?;
    let st = this_state(vm, &a)?;
    if st.borrow().closed {
        return Ok(Value::None);
    }
    let r = flush_state(vm, st);
    st.borrow_mut().closed = true;
    r?;
    Ok(Value::None)
}

// ----- input -------------------------------------------------------------------------------

/// Reads one chunk from fd 0 into the decoded buffer; false at end of file.
fn fill(vm: &mut Vm, st: &Cell) -> PyResult<bool> {
    if st.borrow().eof {
        return Ok(false);
    }
    let chunk = loop {
        let mut lock = std::io::stdin().lock();
        match lock.fill_buf() {
            Ok(b) => {
                let v = b.to_vec();
                lock.consume(v.len());
                break v;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                drop(lock);
                vm.check_interrupt()?;
            }
            Err(e) => return Err(io_error(vm, &e, None)),
        }
    };
    let mut s = st.borrow_mut();
    if chunk.is_empty() {
        s.eof = true;
        if !s.raw.is_empty() {
            let bytes = std::mem::take(&mut s.raw);
            drop(s);
            return Err(decode_error(vm, &bytes, 0, bytes.len(), "unexpected end of data"));
        }
        return Ok(false);
    }
    let pos = std::mem::take(&mut s.pos);
    s.pending.drain(..pos);
    let mut bytes = std::mem::take(&mut s.raw);
    bytes.extend_from_slice(&chunk);
    match std::str::from_utf8(&bytes) {
        Ok(text) => {
            s.pending.push_str(text);
            Ok(true)
        }
        Err(e) => {
            let good = e.valid_up_to();
            match e.error_len() {
                None => {
                    // an incomplete sequence at the end: keep it for the next chunk
                    let text = std::str::from_utf8(&bytes[..good]).unwrap_or("");
                    s.pending.push_str(text);
                    s.raw = bytes[good..].to_vec();
                    Ok(true)
                }
                Some(n) => {
                    drop(s);
                    let b = bytes[good];
                    let invalid_start = (0x80..=0xc1).contains(&b) || b >= 0xf5;
                    let (end, reason) = if invalid_start { (good + 1, "invalid start byte") } else { (good + n, "invalid continuation byte") };
                    Err(decode_error(vm, &bytes, good, end, reason))
                }
            }
        }
    }
}

fn decode_error(vm: &mut Vm, bytes: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let t = vm.types.unicode_decode_error.clone();
    let enc = vm.new_str("utf-8");
    let b = vm.new_bytes(bytes.to_vec());
    let r = vm.new_str(reason);
    match vm.call(&Value::Obj(t), &[enc, b, Value::Int(start as i64), Value::Int(end as i64), r]) {
        Ok(Value::Obj(e)) => PyErr(e),
        Ok(_) => vm.system_error("UnicodeDecodeError() returned a non-exception"),
        Err(e) => e,
    }
}

impl StreamState {
    fn unread(&self) -> &str {
        &self.pending[self.pos..]
    }

    /// Takes the first `n` characters of the unread input.
    fn take_chars(&mut self, n: usize) -> String {
        let rest = self.unread();
        let len = rest.char_indices().nth(n).map(|(i, _)| i).unwrap_or(rest.len());
        let out = rest[..len].to_string();
        self.pos += len;
        if self.pos == self.pending.len() {
            self.pending.clear();
            self.pos = 0;
        }
        out
    }
}

fn check_readable(vm: &mut Vm, st: &Cell) -> PyResult<()> {
    check_open(vm, st)?;
    if st.borrow().kind != StdKind::Stdin {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(())
}

fn read_line(vm: &mut Vm, st: &Cell, limit: Option<usize>) -> PyResult<String> {
    // the first `searched` bytes (`counted` characters) of the unread input hold no newline
    let mut searched = 0usize;
    let mut counted = 0usize;
    loop {
        {
            let mut s = st.borrow_mut();
            let un = s.unread();
            if let Some(i) = un[searched..].find('\n') {
                let end = searched + i + 1;
                let line_chars = counted + un[searched..end].chars().count();
                let n = limit.map_or(line_chars, |l| l.min(line_chars));
                return Ok(s.take_chars(n));
            }
            counted += un[searched..].chars().count();
            searched = un.len();
            if let Some(l) = limit {
                if counted >= l {
                    return Ok(s.take_chars(l));
                }
            }
        }
        if !fill(vm, st)? {
            let n = limit.unwrap_or(usize::MAX);
            return Ok(st.borrow_mut().take_chars(n));
        }
    }
}

fn read_all(vm: &mut Vm, st: &Cell) -> PyResult<String> {
    while fill(vm, st)? {}
    Ok(st.borrow_mut().take_chars(usize::MAX))
}

fn read_n(vm: &mut Vm, st: &Cell, n: usize) -> PyResult<String> {
    let mut searched = 0usize;
    let mut counted = 0usize;
    loop {
        {
            let s = st.borrow();
            let un = s.unread();
            counted += un[searched..].chars().count();
            searched = un.len();
        }
        if counted >= n || !fill(vm, st)? {
            break;
        }
    }
    Ok(st.borrow_mut().take_chars(n))
}

/// `_Py_convert_optional_to_ssize_t`: None or an index-like int, else
/// "argument should be integer or None, not 'T'".
fn optional_size(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(-1),
        Some(v) => {
            if as_int(v).is_none() && attr::lookup_special(vm, v, "__index__").is_none() {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("argument should be integer or None, not '{tn}'")));
            }
            args::expect_i64(vm, v)
        }
    }
}

fn s_read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs(vm, &a, "read")?;
    let st = this_state(vm, &a)?;
    if a.len() > 2 {
        return Err(vm.type_error(format!("read expected at most 1 argument, got {}", a.len() - 1)));
    }
    let n = optional_size(vm, a.pos().get(1))?;
    check_readable(vm, st)?;
    let s = if n < 0 { read_all(vm, st)? } else { read_n(vm, st, n as usize)? };
    Ok(vm.new_string(s))
}

fn s_readline(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs(vm, &a, "readline")?;
    let st = this_state(vm, &a)?;
    if a.len() > 2 {
        return Err(vm.type_error(format!("readline expected at most 1 argument, got {}", a.len() - 1)));
    }
    let n = match a.pos().get(1) {
        Some(v) => args::expect_i64(vm, v)?,
        None => -1,
    };
    check_readable(vm, st)?;
    let s = read_line(vm, st, if n < 0 { None } else { Some(n as usize) })?;
    Ok(vm.new_string(s))
}

fn s_readlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs(vm, &a, "readlines")?;
    let st = this_state(vm, &a)?;
    if a.len() > 2 {
        return Err(vm.type_error(format!("readlines expected at most 1 argument, got {}", a.len() - 1)));
    }
    let hint = optional_size(vm, a.pos().get(1))?;
    check_readable(vm, st)?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = read_line(vm, st, None)?;
        if line.is_empty() {
            break;
        }
        total += line.chars().count();
        lines.push(vm.new_string(line));
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn s_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "__iter__")?;
    let st = this_state(vm, &a)?;
    check_open(vm, st)?;
    Ok(a.values[0].clone())
}

fn s_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "__next__")?;
    let st = this_state(vm, &a)?;
    check_readable(vm, st)?;
    let line = read_line(vm, st, None)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(vm.new_string(line))
}

// ----- queries -----------------------------------------------------------------------------

fn s_fileno(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "fileno")?;
    let st = this_state(vm, &a)?;
    if st.borrow().closed {
        return Err(closed_error_raw(vm));
    }
    let fd = st.borrow().kind.fd();
    Ok(Value::Int(fd))
}

fn s_isatty(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "isatty")?;
    let st = this_state(vm, &a)?;
    if st.borrow().closed {
        return Err(closed_error_raw(vm));
    }
    let kind = st.borrow().kind;
    Ok(Value::Bool(kind.is_tty()))
}

fn s_readable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "readable")?;
    let st = this_state(vm, &a)?;
    let (kind, closed) = (st.borrow().kind, st.borrow().closed);
    if kind != StdKind::Stdin {
        return Ok(Value::Bool(false));
    }
    if closed {
        return Err(closed_error_raw(vm));
    }
    Ok(Value::Bool(true))
}

fn s_writable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "writable")?;
    let st = this_state(vm, &a)?;
    let (kind, closed) = (st.borrow().kind, st.borrow().closed);
    if kind == StdKind::Stdin {
        return Ok(Value::Bool(false));
    }
    if closed {
        return Err(closed_error_raw(vm));
    }
    Ok(Value::Bool(true))
}

/// Whether the descriptor supports seeking (`lseek(fd, 0, SEEK_CUR)` succeeds).
fn fd_seekable(kind: StdKind) -> bool {
    use std::io::Seek;
    use std::os::fd::AsFd;
    let owned = match kind {
        StdKind::Stdin => std::io::stdin().as_fd().try_clone_to_owned(),
        StdKind::Stdout => std::io::stdout().as_fd().try_clone_to_owned(),
        StdKind::Stderr => std::io::stderr().as_fd().try_clone_to_owned(),
    };
    match owned {
        Ok(fd) => std::fs::File::from(fd).stream_position().is_ok(),
        Err(_) => false,
    }
}

fn s_seekable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "seekable")?;
    let st = this_state(vm, &a)?;
    if st.borrow().closed {
        return Err(closed_error_raw(vm));
    }
    let kind = st.borrow().kind;
    Ok(Value::Bool(fd_seekable(kind)))
}

fn s_enter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "__enter__")?;
    let st = this_state(vm, &a)?;
    check_open(vm, st)?;
    Ok(a.values[0].clone())
}

fn s_exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.values[0].clone();
    vm.call_method(&this, "close", &[])
}

fn s_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "__repr__")?;
    let this = a.values[0].clone();
    let st = this_state(vm, &a)?;
    let kind = st.borrow().kind;
    let mut out = String::from("<_io.TextIOWrapper");
    out.push_str(&format!(" name={}", repr::repr_str(kind.name())));
    if let Some(m) = attr::getattr_str_opt(vm, &this, "mode")? {
        out.push_str(&format!(" mode={}", repr::repr(vm, &m)?));
    }
    out.push_str(" encoding='utf-8'>");
    Ok(vm.new_string(out))
}

// ----- attributes --------------------------------------------------------------------------

fn get_state<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a Cell> {
    match state_of(v) {
        Some(s) => Ok(s),
        None => Err(vm.type_error("descriptor requires a '_io.TextIOWrapper' object")),
    }
}

fn g_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(get_state(vm, v)?.borrow().closed))
}

fn g_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let k = get_state(vm, v)?.borrow().kind;
    Ok(vm.new_str(k.name()))
}

fn g_encoding(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get_state(vm, v)?;
    Ok(vm.new_str("utf-8"))
}

fn g_errors(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = get_state(vm, v)?.borrow().errors;
    Ok(vm.new_str(e))
}

fn g_line_buffering(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(get_state(vm, v)?.borrow().line_buffering))
}

fn g_write_through(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(get_state(vm, v)?.borrow().write_through))
}

fn g_newlines(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get_state(vm, v)?;
    Ok(Value::None)
}

// ----- argument checks with TextIOWrapper's wording -----------------------------------------

fn no_kwargs(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("TextIOWrapper.{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn no_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    no_kwargs(vm, a, name)?;
    let n = a.len().saturating_sub(1);
    if n != 0 {
        return Err(vm.type_error(format!("TextIOWrapper.{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

// ----- flushing at exit --------------------------------------------------------------------

/// Flushes `sys.stdout` and `sys.stderr` (whatever objects they currently are, skipping
/// closed ones) and then the original standard streams. For the interpreter's exit path and
/// before blocking on input; returns the first error.
pub fn flush_std_streams(vm: &mut Vm) -> PyResult<()> {
    let mut result = Ok(());
    if let Some(sd) = vm.sys_dict.clone() {
        for name in ["stdout", "stderr"] {
            let Some(f) = vm.dict_get_str(&sd, name) else { continue };
            if f.is_none() {
                continue;
            }
            if let Some(st) = state_of(&f) {
                if st.borrow().closed {
                    continue;
                }
            } else {
                match attr::getattr_str_opt(vm, &f, "closed") {
                    Ok(Some(c)) => {
                        if vm.truthy(&c).unwrap_or(false) {
                            continue;
                        }
                    }
                    Ok(None) => {}
                    Err(e) => {
                        if result.is_ok() {
                            result = Err(e);
                        }
                        continue;
                    }
                }
            }
            if let Err(e) = vm.call_method(&f, "flush", &[]) {
                if result.is_ok() {
                    result = Err(e);
                }
            }
        }
    }
    let originals = crate::state::with(vm, |s| s.std_streams.clone());
    for o in originals {
        let v = Value::Obj(o);
        if let Some(st) = state_of(&v) {
            if let Err(e) = flush_state(vm, st) {
                if result.is_ok() {
                    result = Err(e);
                }
            }
        }
    }
    result
}

const DOC: &str = "Character and line based layer over a BufferedIOBase object, buffer.\n\nencoding gives the name of the encoding that the stream will be\ndecoded or encoded with. It defaults to locale.getencoding().\n\nerrors determines the strictness of encoding and decoding (see\nhelp(codecs.Codec) or the documentation for codecs.register) and\ndefaults to \"strict\".\n\nnewline controls how line endings are handled. It can be None, '',\n'\\n', '\\r', and '\\r\\n'.  It works as follows:\n\n* On input, if newline is None, universal newlines mode is\n  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n  these are translated into '\\n' before being returned to the\n  caller. If it is '', universal newline mode is enabled, but line\n  endings are returned to the caller untranslated. If it has any of\n  the other legal values, input lines are only terminated by the given\n  string, and the line ending is returned to the caller untranslated.\n\n* On output, if newline is None, any '\\n' characters written are\n  translated to the system default line separator, os.linesep. If\n  newline is '' or '\\n', no translation takes place. If newline is any\n  of the other legal values, any '\\n' characters written are translated\n  to the given string.\n\nIf line_buffering is True, a call to flush is implied when a call to\nwrite contains a newline character.";

static METHODS: &[MethodDef] = &[
    MethodDef { name: "write", func: s_write, flags: 0, sig: "($self, text, /)", doc: "Write string to stream.\nReturns the number of characters written (which is always equal to\nthe length of the string)." },
    MethodDef { name: "writelines", func: s_writelines, flags: 0, sig: "($self, lines, /)", doc: "Write a list of lines to stream.\n\nLine separators are not added, so it is usual for each of the\nlines provided to have a line separator at the end." },
    MethodDef { name: "flush", func: s_flush, flags: 0, sig: "($self, /)", doc: "" },
    MethodDef { name: "close", func: s_close, flags: 0, sig: "($self, /)", doc: "" },
    MethodDef { name: "read", func: s_read, flags: 0, sig: "($self, size=-1, /)", doc: "Read at most size characters from stream.\n\nRead from underlying buffer until we have size characters or we hit EOF.\nIf size is negative or omitted, read until EOF." },
    MethodDef { name: "readline", func: s_readline, flags: 0, sig: "($self, size=-1, /)", doc: "Read until newline or EOF.\n\nReturns an empty string if EOF is hit immediately." },
    MethodDef { name: "readlines", func: s_readlines, flags: 0, sig: "($self, hint=-1, /)", doc: "Return a list of lines from the stream.\n\nhint can be specified to control the number of lines read: no more\nlines will be read if the total size (in bytes/characters) of all\nlines so far exceeds hint." },
    MethodDef { name: "__iter__", func: s_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: s_next, flags: 0, sig: "($self, /)", doc: "Implement next(self)." },
    MethodDef { name: "fileno", func: s_fileno, flags: 0, sig: "($self, /)", doc: "" },
    MethodDef { name: "isatty", func: s_isatty, flags: 0, sig: "($self, /)", doc: "" },
    MethodDef { name: "readable", func: s_readable, flags: 0, sig: "($self, /)", doc: "" },
    MethodDef { name: "writable", func: s_writable, flags: 0, sig: "($self, /)", doc: "" },
    MethodDef { name: "seekable", func: s_seekable, flags: 0, sig: "($self, /)", doc: "" },
    MethodDef { name: "__enter__", func: s_enter, flags: 0, sig: "($self, /)", doc: "" },
    MethodDef { name: "__exit__", func: s_exit, flags: 0, sig: "($self, *args)", doc: "" },
    MethodDef { name: "__repr__", func: s_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "closed", get: g_closed, set: None, doc: "" },
    GetSetDef { name: "name", get: g_name, set: None, doc: "" },
    GetSetDef { name: "encoding", get: g_encoding, set: None, doc: "Encoding of the text stream.\n\nSubclasses should override." },
    GetSetDef { name: "errors", get: g_errors, set: None, doc: "The error setting of the decoder or encoder.\n\nSubclasses should override." },
    GetSetDef { name: "line_buffering", get: g_line_buffering, set: None, doc: "" },
    GetSetDef { name: "write_through", get: g_write_through, set: None, doc: "" },
    GetSetDef { name: "newlines", get: g_newlines, set: None, doc: "Line endings translated so far.\n\nOnly line endings translated during reading are considered.\n\nSubclasses should override." },
];
