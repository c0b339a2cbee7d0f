//! The text layer of the standard streams (`_io.TextIOWrapper`): str in and out through the
//! stream's codec, line buffering, line iteration.

use super::{fill_text, flush_text, optional_size, push_text, set_codec, unsupported, Codec, Shared, StdKind, StreamCodec};
use crate::native_type::{self, TypeSpec};
use rpy_builtins::args;
use rpy_builtins::types::str::codec;
use rpy_vm::object::{InstanceExt, ObjCell};
use rpy_vm::objects::native::{Args, GetSetDef, MethodDef};
use rpy_vm::objects::typeobj::Layout;
use rpy_vm::protocol::{attr, repr, seq};
use rpy_vm::{ObjRef, Payload, PyErr, PyResult, Value, Vm};

/// The payload of a text stream object.
struct TextPayload {
    st: Shared,
    buffer: ObjRef,
}

fn payload_of(v: &Value) -> Option<&TextPayload> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(b) => b.downcast_ref::<TextPayload>(),
            _ => None,
        },
        _ => None,
    }
}

pub(super) fn shared_of(v: &Value) -> Option<Shared> {
    payload_of(v).map(|p| p.st.clone())
}

fn this_state(vm: &mut Vm, a: &Args) -> PyResult<Shared> {
    match shared_of(&a.values[0]) {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(&a.values[0]);
            Err(vm.type_error(format!("descriptor requires a '_io.TextIOWrapper' object but received a '{tn}'")))
        }
    }
}

/// The text stream type, created once per interpreter.
pub fn text_stream_type(vm: &mut Vm) -> ObjRef {
    if let Some(t) = crate::state::with(vm, |s| s.stream_type.clone()) {
        return t;
    }
    let base = vm.types.object.clone();
    let t = native_type::new_type(
        vm,
        TypeSpec { name: "TextIOWrapper", module: "_io", base, layout: Layout::Special, flags: 0, instance_dict: true, nslots: 0, doc: Some(DOC) },
    );
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
    vm.add_getsets(&t, rpy_builtins::types::object::DICT_GETSET);
    crate::state::with(vm, |s| s.stream_type = Some(t.clone()));
    t
}

/// A text stream over `st` whose `.buffer` is `buffer`.
pub(super) fn new_text(vm: &mut Vm, st: Shared, buffer: ObjRef) -> ObjRef {
    let t = text_stream_type(vm);
    let kind = st.borrow().kind;
    let ext = InstanceExt { dict: ObjCell::new(None), slots: Box::new([]) };
    let o = ObjRef::with_ext(t, Payload::Native(Box::new(TextPayload { st, buffer })), Some(Box::new(ext)));
    // CPython keeps `mode` in the instance dict of the standard streams
    let mode = vm.new_str(if kind == StdKind::Stdin { "r" } else { "w" });
    vm.set_attr_raw(&o, "mode", mode);
    o
}

fn closed_error(vm: &mut Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// The same error from the raw file layer (no full stop).
fn closed_error_raw(vm: &mut Vm) -> PyErr {
    vm.value_error("I/O operation on closed file")
}

fn check_open(vm: &mut Vm, st: &Shared) -> PyResult<()> {
    if st.borrow().closed {
        return Err(closed_error(vm));
    }
    Ok(())
}

// ----- output ------------------------------------------------------------------------------

fn s_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs(vm, &a, "write")?;
    let st = this_state(vm, &a)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("TextIOWrapper.write() takes exactly one argument ({} given)", a.len() - 1)));
    }
    let arg = a.values[1].clone();
    let Some(so) = args::str_obj(&arg) else {
        let tn = vm.type_name(&arg);
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    };
    check_open(vm, &st)?;
    if st.borrow().kind == StdKind::Stdin {
        return Err(unsupported(vm, "not writable"));
    }
    let (n, mut s) = match &so.payload {
        Payload::Str(p) => (p.char_len(), p.as_str().to_string()),
        _ => (0, String::new()),
    };
    let nl = st.borrow().write_nl;
    if let Some(nl) = nl {
        s = s.replace('\n', nl);
    }
    let bytes = encode(vm, &st, &s)?;
    push_text(vm, &st, &bytes)?;
    Ok(Value::Int(n as i64))
}

/// Encodes output with the stream's codec and error handler; the first output of a stream that
/// starts with a byte order mark carries it.
fn encode(vm: &mut Vm, st: &Shared, s: &str) -> PyResult<Vec<u8>> {
    let (codec, bom, errors) = {
        let b = st.borrow();
        (b.codec, b.bom, b.errors.clone())
    };
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    let bytes = codec::encode(vm, s, codec.output_name(bom), &errors)?;
    st.borrow_mut().bom = false;
    Ok(bytes)
}

fn s_writelines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs(vm, &a, "writelines")?;
    let st = this_state(vm, &a)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("TextIOWrapper.writelines() takes exactly one argument ({} given)", a.len() - 1)));
    }
    check_open(vm, &st)?;
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
    check_open(vm, &st)?;
    flush_text(vm, &st)?;
    Ok(Value::None)
}

fn s_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "close")?;
    let st = this_state(vm, &a)?;
    if st.borrow().closed {
        return Ok(Value::None);
    }
    let r = flush_text(vm, &st);
    st.borrow_mut().closed = true;
    r?;
    Ok(Value::None)
}

// ----- input -------------------------------------------------------------------------------

/// Decodes input bytes with the stream's codec and error handler.
fn decode(vm: &mut Vm, st: &Shared, bytes: Vec<u8>) -> PyResult<String> {
    let (c, errors) = {
        let b = st.borrow();
        (b.in_codec, b.errors.clone())
    };
    if c == Codec::Utf8 {
        if let Ok(s) = String::from_utf8(bytes.clone()) {
            return Ok(s);
        }
    }
    codec::decode(vm, &bytes, c.name(), &errors, &Value::None)
}

/// Deals with the start of the input once: a codec that reads a byte order mark (UTF-16/32,
/// utf-8-sig) looks at the first bytes, drops the mark and fixes the byte order.
fn start_input(vm: &mut Vm, st: &Shared) -> PyResult<()> {
    let (started, c) = {
        let b = st.borrow();
        (b.in_started, b.in_codec)
    };
    if started {
        return Ok(());
    }
    let need = c.start_len();
    while st.borrow().text_avail().len() < need {
        if !fill_text(vm, st)? {
            break;
        }
    }
    let mut b = st.borrow_mut();
    b.in_started = true;
    if need == 0 {
        return Ok(());
    }
    let first: Vec<u8> = b.text_avail().iter().take(need).copied().collect();
    let bom: &[u8] = match c {
        Codec::Utf8Sig => &[0xef, 0xbb, 0xbf],
        Codec::Utf16(None) if first.starts_with(&[0xfe, 0xff]) => &[0xfe, 0xff],
        Codec::Utf16(None) => &[0xff, 0xfe],
        Codec::Utf32(None) if first.starts_with(&[0, 0, 0xfe, 0xff]) => &[0, 0, 0xfe, 0xff],
        _ => &[0xff, 0xfe, 0, 0],
    };
    if first.starts_with(bom) {
        b.text_take(bom.len());
    }
    b.in_codec = c.after_start(&first);
    Ok(())
}

fn check_readable(vm: &mut Vm, st: &Shared) -> PyResult<()> {
    check_open(vm, st)?;
    if st.borrow().kind != StdKind::Stdin {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(())
}

/// Reads up to and including a newline, at most `limit` characters.
fn read_chars(vm: &mut Vm, st: &Shared, limit: Option<usize>, stop_at_newline: bool) -> PyResult<String> {
    start_input(vm, st)?;
    // the first `i` available bytes hold `count` complete characters (and no newline)
    let mut i = 0usize;
    let mut count = 0usize;
    loop {
        let end = {
            let s = st.borrow();
            let c = s.in_codec;
            let av = s.text_avail();
            let mut end = None;
            while end.is_none() {
                if limit == Some(count) {
                    end = Some(i);
                    break;
                }
                if i >= av.len() {
                    break;
                }
                let Some(l) = c.char_len(av, i) else { break };
                let newline = is_newline(c, &av[i..i + l]);
                i += l;
                count += 1;
                if stop_at_newline && newline {
                    end = Some(i);
                }
            }
            end
        };
        if let Some(e) = end {
            let bytes = st.borrow_mut().text_take(e);
            return decode(vm, st, bytes);
        }
        if !fill_text(vm, st)? {
            let bytes = st.borrow_mut().text_take(usize::MAX);
            return decode(vm, st, bytes);
        }
    }
}

/// Whether one encoded character is a newline.
fn is_newline(c: Codec, ch: &[u8]) -> bool {
    match c {
        Codec::Utf16(Some(true)) => ch == [0, b'\n'],
        Codec::Utf16(_) => ch == [b'\n', 0],
        Codec::Utf32(Some(true)) => ch == [0, 0, 0, b'\n'],
        Codec::Utf32(_) => ch == [b'\n', 0, 0, 0],
        _ => ch == b"\n",
    }
}

fn read_all(vm: &mut Vm, st: &Shared) -> PyResult<String> {
    start_input(vm, st)?;
    while fill_text(vm, st)? {}
    let bytes = st.borrow_mut().text_take(usize::MAX);
    decode(vm, st, bytes)
}

fn s_read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs(vm, &a, "read")?;
    let st = this_state(vm, &a)?;
    if a.len() > 2 {
        return Err(vm.type_error(format!("read expected at most 1 argument, got {}", a.len() - 1)));
    }
    let n = optional_size(vm, a.pos().get(1))?;
    check_readable(vm, &st)?;
    let s = if n < 0 { read_all(vm, &st)? } else { read_chars(vm, &st, Some(n as usize), false)? };
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
    check_readable(vm, &st)?;
    let s = read_chars(vm, &st, if n < 0 { None } else { Some(n as usize) }, true)?;
    Ok(vm.new_string(s))
}

fn s_readlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs(vm, &a, "readlines")?;
    let st = this_state(vm, &a)?;
    if a.len() > 2 {
        return Err(vm.type_error(format!("readlines expected at most 1 argument, got {}", a.len() - 1)));
    }
    let hint = optional_size(vm, a.pos().get(1))?;
    check_readable(vm, &st)?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = read_chars(vm, &st, None, true)?;
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
    check_open(vm, &st)?;
    Ok(a.values[0].clone())
}

fn s_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "__next__")?;
    let st = this_state(vm, &a)?;
    check_readable(vm, &st)?;
    let line = read_chars(vm, &st, None, true)?;
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

fn s_seekable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "seekable")?;
    let st = this_state(vm, &a)?;
    if st.borrow().closed {
        return Err(closed_error_raw(vm));
    }
    let kind = st.borrow().kind;
    Ok(Value::Bool(kind.seekable()))
}

fn s_enter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "__enter__")?;
    let st = this_state(vm, &a)?;
    check_open(vm, &st)?;
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
    let enc = st.borrow().encoding.clone();
    out.push_str(&format!(" encoding={}>", repr::repr_str(&enc)));
    Ok(vm.new_string(out))
}

/// `reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
/// write_through=None)`. Standard input keeps `newline='\n'`.
fn s_reconfigure(vm: &mut Vm, a: Args) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["encoding", "errors", "newline", "line_buffering", "write_through"];
    let st = this_state(vm, &a)?;
    if a.len() > 1 {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    let mut vals: [Option<Value>; 5] = Default::default();
    for (k, v) in a.kwargs() {
        let key = match k {
            Value::Obj(o) => vm.str_of(o),
            _ => String::new(),
        };
        let Some(i) = NAMES.iter().position(|n| *n == key) else {
            return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for reconfigure()")));
        };
        vals[i] = Some(v.clone()).filter(|v| !v.is_none());
    }
    let mut strs: [Option<String>; 3] = Default::default();
    for i in 0..3 {
        if let Some(v) = &vals[i] {
            match args::str_obj(v) {
                Some(o) => strs[i] = Some(vm.str_of(o)),
                None => {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!("reconfigure() argument '{}' must be str or None, not {tn}", NAMES[i])));
                }
            }
        }
    }
    let [encoding, errors, newline] = strs;
    let write_nl = match newline.as_deref() {
        None => None,
        Some("" | "\n") => Some(None),
        Some("\r") => Some(Some("\r")),
        Some("\r\n") => Some(Some("\r\n")),
        Some(other) => return Err(vm.value_error(format!("illegal newline value: {other}"))),
    };
    let mut flags = [None, None];
    for (k, slot) in flags.iter_mut().enumerate() {
        if let Some(v) = &vals[3 + k] {
            *slot = Some(args::expect_i64(vm, v)? != 0);
        }
    }
    let (kind, has_read) = (st.borrow().kind, st.borrow().has_read);
    if (encoding.is_some() || errors.is_some() || newline.is_some()) && has_read {
        return Err(unsupported(vm, "It is not possible to set the encoding or newline of stream after the first read"));
    }
    let new_codec = match &encoding {
        Some(enc) => Some(Codec::lookup(vm, enc)?),
        None => None,
    };
    if kind == StdKind::Stdin && newline.as_deref().is_some_and(|n| n != "\n") {
        return Err(unsupported(vm, "newline translation is not supported on standard input"));
    }
    flush_text(vm, &st)?;
    let mut s = st.borrow_mut();
    if let (Some(enc), Some(c)) = (encoding, new_codec) {
        s.encoding = enc;
        s.errors = errors.clone().unwrap_or_else(|| "strict".into());
        set_codec(&mut s, c);
    }
    if let Some(e) = errors {
        s.errors = e;
    }
    if let Some(nl) = write_nl {
        s.write_nl = nl;
    }
    if let Some(lb) = flags[0] {
        s.line_buffering = lb;
    }
    if let Some(wt) = flags[1] {
        s.write_through = wt;
    }
    Ok(Value::None)
}

// ----- attributes --------------------------------------------------------------------------

fn get_state(vm: &mut Vm, v: &Value) -> PyResult<Shared> {
    match shared_of(v) {
        Some(s) => Ok(s),
        None => Err(vm.type_error("descriptor requires a '_io.TextIOWrapper' object")),
    }
}

fn g_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = get_state(vm, v)?.borrow().closed;
    Ok(Value::Bool(c))
}

fn g_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let k = get_state(vm, v)?.borrow().kind;
    Ok(vm.new_str(k.name()))
}

fn g_encoding(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = get_state(vm, v)?.borrow().encoding.clone();
    Ok(vm.new_string(e))
}

fn g_errors(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = get_state(vm, v)?.borrow().errors.clone();
    Ok(vm.new_string(e))
}

fn g_line_buffering(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = get_state(vm, v)?.borrow().line_buffering;
    Ok(Value::Bool(b))
}

fn g_write_through(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = get_state(vm, v)?.borrow().write_through;
    Ok(Value::Bool(b))
}

fn g_newlines(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get_state(vm, v)?;
    Ok(Value::None)
}

fn g_buffer(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match payload_of(v) {
        Some(p) => Ok(Value::Obj(p.buffer.clone())),
        None => Err(vm.type_error("descriptor requires a '_io.TextIOWrapper' object")),
    }
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
    MethodDef { name: "reconfigure", func: s_reconfigure, flags: 0, sig: "($self, /, *, encoding=None, errors=None, newline=None,\n            line_buffering=None, write_through=None)", doc: "Reconfigure the text stream with new parameters.\n\nThis also does an implicit stream flush." },
    MethodDef { name: "__repr__", func: s_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "closed", get: g_closed, set: None, doc: "" },
    GetSetDef { name: "name", get: g_name, set: None, doc: "" },
    GetSetDef { name: "encoding", get: g_encoding, set: None, doc: "Encoding of the text stream.\n\nSubclasses should override." },
    GetSetDef { name: "errors", get: g_errors, set: None, doc: "The error setting of the decoder or encoder.\n\nSubclasses should override." },
    GetSetDef { name: "line_buffering", get: g_line_buffering, set: None, doc: "" },
    GetSetDef { name: "write_through", get: g_write_through, set: None, doc: "" },
    GetSetDef { name: "buffer", get: g_buffer, set: None, doc: "" },
    GetSetDef {
        name: "newlines",
        get: g_newlines,
        set: None,
        doc: "Line endings translated so far.\n\nOnly line endings translated during reading are considered.\n\nSubclasses should override.",
    },
];
