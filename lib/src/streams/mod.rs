//! The standard streams `sys.stdin`, `sys.stdout` and `sys.stderr` over file descriptors 0, 1
//! and 2: a text layer (UTF-8 unless `set_std_encoding` picks another codec) (`_io.TextIOWrapper`, in `text`) over a binary layer (`.buffer`,
//! in `binary`) that share one state, so the layers never reorder data. Buffering is
//! CPython's: stdout line-buffered on a terminal and block-buffered otherwise, stderr
//! line-buffered, everything unbuffered with `-u`.

mod binary;
mod encoding;
mod text;

use rpy_vm::error::host::io_error;
use rpy_vm::protocol::attr;
use rpy_vm::{ObjRef, PyErr, PyResult, Value, Vm};
use std::cell::RefCell;
use std::io::{BufRead, IsTerminal, Write};
use std::rc::Rc;

pub use encoding::{Codec, StreamCodec};
pub use text::text_stream_type;

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

    fn is_tty(self) -> bool {
        match self {
            StdKind::Stdin => std::io::stdin().is_terminal(),
            StdKind::Stdout => std::io::stdout().is_terminal(),
            StdKind::Stderr => std::io::stderr().is_terminal(),
        }
    }

    /// The binary layer's buffer size: the descriptor's `st_blksize`, as CPython picks it.
    fn buffer_size(self) -> usize {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        let owned = match self {
            StdKind::Stdin => std::io::stdin().as_fd().try_clone_to_owned(),
            StdKind::Stdout => std::io::stdout().as_fd().try_clone_to_owned(),
            StdKind::Stderr => std::io::stderr().as_fd().try_clone_to_owned(),
        };
        match owned.and_then(|fd| std::fs::File::from(fd).metadata()) {
            Ok(m) if m.blksize() > 1 => m.blksize() as usize,
            _ => BUFFER_SIZE,
        }
    }

    /// Whether the descriptor supports seeking (`lseek(fd, 0, SEEK_CUR)` succeeds).
    fn seekable(self) -> bool {
        self.position().is_some()
    }

    /// The descriptor's file position (`lseek(fd, 0, SEEK_CUR)`), None when it cannot seek.
    fn position(self) -> Option<u64> {
        use std::io::Seek;
        use std::os::fd::AsFd;
        let owned = match self {
            StdKind::Stdin => std::io::stdin().as_fd().try_clone_to_owned(),
            StdKind::Stdout => std::io::stdout().as_fd().try_clone_to_owned(),
            StdKind::Stderr => std::io::stderr().as_fd().try_clone_to_owned(),
        };
        owned.ok().and_then(|fd| std::fs::File::from(fd).stream_position().ok())
    }
}

/// The state one standard stream's text and binary layers share.
pub struct StreamState {
    pub kind: StdKind,
    pub line_buffering: bool,
    pub write_through: bool,
    /// the binary layer is unbuffered (a FileIO: output with `-u`)
    raw: bool,
    /// the `encoding` name as given or as the codec names itself
    pub encoding: String,
    pub errors: String,
    /// the codec that encodes output
    pub codec: Codec,
    /// output has not started yet and begins with a byte order mark
    pub bom: bool,
    /// the codec that decodes input (UTF-16/32 take their byte order from the first bytes)
    pub in_codec: Codec,
    /// the start of the input (a byte order mark) has been dealt with
    pub in_started: bool,
    /// what `\n` becomes on output (`newline='\r'` or `'\r\n'`)
    pub write_nl: Option<&'static str>,
    /// whether the text layer has read anything (the encoding is fixed from then on)
    pub has_read: bool,
    pub closed: bool,
    /// the binary layer's buffer size
    bufsize: usize,
    /// encoded text the text layer has not yet passed to the binary layer (CPython's
    /// `pending_bytes`: binary writes can overtake it)
    pending: Vec<u8>,
    /// the binary layer's buffer: output not yet written to the file descriptor
    out: Vec<u8>,
    /// the binary layer's input: `inbuf[inpos..]` is read from the descriptor but not consumed
    inbuf: Vec<u8>,
    inpos: usize,
    /// the text layer's input: chunks it took from the binary layer, `tbuf[tpos..]` not yet
    /// returned (like CPython's, binary reads cannot see this read-ahead)
    tbuf: Vec<u8>,
    tpos: usize,
    eof: bool,
}

pub type Shared = Rc<RefCell<StreamState>>;

/// Consumes and returns up to `n` bytes of `buf[*pos..]`.
fn take_from(buf: &mut Vec<u8>, pos: &mut usize, n: usize) -> Vec<u8> {
    let n = n.min(buf.len() - *pos);
    let out = buf[*pos..*pos + n].to_vec();
    *pos += n;
    if *pos == buf.len() {
        buf.clear();
        *pos = 0;
    }
    out
}

impl StreamState {
    /// The binary layer's input not yet consumed.
    fn avail(&self) -> &[u8] {
        &self.inbuf[self.inpos..]
    }

    /// Consumes and returns up to `n` bytes of the binary layer's input.
    fn take(&mut self, n: usize) -> Vec<u8> {
        take_from(&mut self.inbuf, &mut self.inpos, n)
    }

    /// The text layer's input not yet returned.
    fn text_avail(&self) -> &[u8] {
        &self.tbuf[self.tpos..]
    }

    /// Consumes and returns up to `n` bytes of the text layer's input.
    fn text_take(&mut self, n: usize) -> Vec<u8> {
        take_from(&mut self.tbuf, &mut self.tpos, n)
    }
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

/// Writes out the buffered bytes. The buffer is emptied even when the write fails (a closed
/// pipe must not make every later write fail again).
fn flush_out(vm: &mut Vm, st: &RefCell<StreamState>) -> PyResult<()> {
    let (kind, data) = {
        let mut s = st.borrow_mut();
        if s.out.is_empty() {
            return Ok(());
        }
        (s.kind, std::mem::take(&mut s.out))
    };
    raw_write(kind, &data).map_err(|e| io_error(vm, &e, None))
}

/// The binary layer's write (CPython's `BufferedWriter.write`): data that fits stays in the
/// buffer; otherwise the buffer is written out, then data larger than the buffer too. An
/// unbuffered stream writes at once.
fn push_out(vm: &mut Vm, st: &RefCell<StreamState>, data: &[u8]) -> PyResult<()> {
    let (fits, through, size) = {
        let s = st.borrow();
        (s.out.len() + data.len() <= s.bufsize, s.raw, s.bufsize)
    };
    if through {
        st.borrow_mut().out.extend_from_slice(data);
        return flush_out(vm, st);
    }
    if fits {
        st.borrow_mut().out.extend_from_slice(data);
        return Ok(());
    }
    flush_out(vm, st)?;
    st.borrow_mut().out.extend_from_slice(data);
    if data.len() > size {
        flush_out(vm, st)?;
    }
    Ok(())
}

/// Passes the text layer's pending bytes to the binary layer.
fn pass_pending(vm: &mut Vm, st: &RefCell<StreamState>) -> PyResult<()> {
    let p = std::mem::take(&mut st.borrow_mut().pending);
    if p.is_empty() {
        return Ok(());
    }
    push_out(vm, st, &p)
}

/// The text layer's write (CPython's `TextIOWrapper.write`): text collects in `pending` until
/// a chunk is full, a line ends on a line-buffered stream, or the stream is unbuffered.
fn push_text(vm: &mut Vm, st: &RefCell<StreamState>, data: &[u8]) -> PyResult<()> {
    let (line_flush, through) = {
        let s = st.borrow();
        (s.line_buffering && data.iter().any(|&b| b == b'\n' || b == b'\r'), s.write_through)
    };
    if st.borrow().pending.len() + data.len() > BUFFER_SIZE {
        pass_pending(vm, st)?;
    }
    let full = {
        let mut s = st.borrow_mut();
        s.pending.extend_from_slice(data);
        s.pending.len() >= BUFFER_SIZE
    };
    if full || line_flush || through {
        pass_pending(vm, st)?;
    }
    if line_flush {
        flush_out(vm, st)?;
    }
    Ok(())
}

/// The text layer's flush: pending text, then the binary buffer.
fn flush_text(vm: &mut Vm, st: &RefCell<StreamState>) -> PyResult<()> {
    pass_pending(vm, st)?;
    flush_out(vm, st)
}

// ----- input -------------------------------------------------------------------------------

/// Reads one chunk from fd 0 into the input buffer; false at end of file.
fn fill(vm: &mut Vm, st: &RefCell<StreamState>) -> PyResult<bool> {
    if st.borrow().eof {
        return Ok(false);
    }
    let chunk = loop {
        let mut lock = std::io::stdin().lock();
        match lock.fill_buf() {
            Ok(b) => {
                // at most one buffer's worth, like CPython's raw reads
                let size = st.borrow().bufsize;
                let v = b[..b.len().min(size)].to_vec();
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
        return Ok(false);
    }
    let pos = std::mem::take(&mut s.inpos);
    s.inbuf.drain(..pos);
    s.inbuf.extend_from_slice(&chunk);
    Ok(true)
}

/// The text layer's read-ahead (CPython's `buffer.read1(_CHUNK_SIZE)`): moves one chunk of
/// the binary layer's input into the text buffer; false at end of file.
fn fill_text(vm: &mut Vm, st: &RefCell<StreamState>) -> PyResult<bool> {
    if st.borrow().avail().is_empty() && !fill(vm, st)? {
        return Ok(false);
    }
    let mut s = st.borrow_mut();
    s.has_read = true;
    let chunk = s.take(BUFFER_SIZE);
    let pos = std::mem::take(&mut s.tpos);
    s.tbuf.drain(..pos);
    s.tbuf.extend_from_slice(&chunk);
    Ok(true)
}

// ----- errors ------------------------------------------------------------------------------

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

/// `_Py_convert_optional_to_ssize_t`: None (-1) or an index-like int, else
/// "argument should be integer or None, not 'T'".
fn optional_size(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(-1),
        Some(v) => {
            if rpy_vm::protocol::number::as_int(v).is_none() && attr::lookup_special(vm, v, "__index__").is_none() {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("argument should be integer or None, not '{tn}'")));
            }
            rpy_builtins::args::expect_i64(vm, v)
        }
    }
}

// ----- construction and flushing -----------------------------------------------------------

/// Creates one standard stream: the text object (what `sys.stdout` is) with its `.buffer`.
pub fn new_std_stream(vm: &mut Vm, kind: StdKind, unbuffered: bool) -> ObjRef {
    let tty = kind.is_tty();
    // stdin is always buffered; with -u the output streams sit directly on a FileIO
    let raw = unbuffered && kind != StdKind::Stdin;
    let st = Rc::new(RefCell::new(StreamState {
        kind,
        line_buffering: !unbuffered && (tty || kind == StdKind::Stderr),
        write_through: unbuffered,
        raw,
        encoding: "utf-8".into(),
        errors: if kind == StdKind::Stderr { "backslashreplace" } else { "strict" }.into(),
        codec: Codec::Utf8,
        bom: false,
        in_codec: Codec::Utf8,
        in_started: false,
        write_nl: None,
        has_read: false,
        closed: false,
        bufsize: kind.buffer_size(),
        pending: Vec::new(),
        out: Vec::new(),
        inbuf: Vec::new(),
        inpos: 0,
        tbuf: Vec::new(),
        tpos: 0,
        eof: false,
    }));
    let buffer = binary::new_binary(vm, st.clone(), raw);
    text::new_text(vm, st, buffer)
}

/// Sets the encoding of the original standard streams before they are used (CPython's
/// `stdio_encoding`/`stdio_errors`): stdin and stdout get `errors`, stderr always
/// `backslashreplace`. The streams report the codec's own name (`latin-1` → `iso8859-1`);
/// an unknown encoding is a LookupError.
pub fn set_std_encoding(vm: &mut Vm, encoding: &str, errors: &str) -> PyResult<()> {
    let codec = Codec::lookup(vm, encoding)?;
    let originals = crate::state::with(vm, |s| s.std_streams.clone());
    for o in originals {
        if let Some(st) = shared_of(&Value::Obj(o)) {
            let mut s = st.borrow_mut();
            s.encoding = codec.name().to_string();
            s.errors = if s.kind == StdKind::Stderr { "backslashreplace".into() } else { errors.to_string() };
            set_codec(&mut s, codec);
        }
    }
    Ok(())
}

/// Switches a stream to `codec` (its encoder and decoder start afresh).
fn set_codec(s: &mut StreamState, codec: Codec) {
    s.codec = codec;
    s.in_codec = codec;
    s.in_started = false;
    s.bom = s.kind != StdKind::Stdin && codec.bom_at_start(s.kind.position());
}

/// The shared state of a standard stream object of either layer.
fn shared_of(v: &Value) -> Option<Shared> {
    text::shared_of(v).or_else(|| binary::shared_of(v))
}

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
            if let Some(st) = shared_of(&f) {
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
        if let Some(st) = shared_of(&Value::Obj(o)) {
            if let Err(e) = flush_text(vm, &st) {
                if result.is_ok() {
                    result = Err(e);
                }
            }
        }
    }
    result
}
