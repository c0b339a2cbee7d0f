//! `repr()`, `str()` and `ascii()`: the built-in representations inline (with the `[...]`
//! recursion guard), `__repr__`/`__str__` dispatch for everything else.

use crate::error::PyResult;
use crate::object::{ObjRef, Payload};
use crate::objects::typeobj::{tflags, type_data};
use crate::protocol::attr;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

thread_local! {
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` unless `o` is already being repr'd (then returns `recursive`).
fn guarded(vm: &mut Vm, o: &ObjRef, recursive: &str, f: impl FnOnce(&mut Vm) -> PyResult<String>) -> PyResult<String> {
    let addr = o.addr();
    if IN_REPR.with(|s| s.borrow().contains(&addr)) {
        return Ok(recursive.to_string());
    }
    if crate::stack::remaining() < 256 * 1024 || IN_REPR.with(|s| s.borrow().len()) + vm.depth >= vm.recursion_limit {
        let t = vm.types.recursion_error.clone();
        return Err(vm.new_error(&t, "maximum recursion depth exceeded while getting the repr of an object"));
    }
    IN_REPR.with(|s| s.borrow_mut().push(addr));
    let r = f(vm);
    IN_REPR.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|a| *a == addr) {
            s.remove(p);
        }
    });
    r
}

/// Calls `f(args)` one level deeper in the recursion count (CPython's
/// `Py_EnterRecursiveCall(where)`), so a `__repr__`/`__str__` that ends up calling itself
/// through native code raises RecursionError instead of exhausting the native stack.
pub fn call_nested(vm: &mut Vm, f: &Value, args: &[Value], where_: &str) -> PyResult<Value> {
    if vm.depth >= vm.recursion_limit || crate::stack::remaining() < 256 * 1024 {
        let t = vm.types.recursion_error.clone();
        return Err(vm.new_error(&t, format!("maximum recursion depth exceeded{where_}")));
    }
    vm.depth += 1;
    let r = vm.call(f, args);
    vm.depth -= 1;
    r
}

pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable()` for one character (exact, CPython 3.11 / Unicode 14.0).
#[inline]
pub fn is_printable(c: char) -> bool {
    crate::objects::unicode_printable::is_printable(c)
}

pub fn repr_bytes(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push_str(prefix);
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `<module.Qualname object at 0x…>`.
pub fn default_repr(vm: &mut Vm, v: &Value) -> String {
    let cls = vm.type_of(v);
    let name = type_qualified_name(vm, &cls);
    let addr = match v {
        Value::Obj(o) => o.addr(),
        _ => 0,
    };
    format!("<{name} object at {addr:#x}>")
}

/// `module.qualname` (just `qualname` for builtins).
pub fn type_qualified_name(vm: &Vm, t: &ObjRef) -> String {
    let td = type_data(t);
    let q = td.qualname.borrow().clone();
    match vm.dict_get_str(&td.dict, "__module__") {
        Some(Value::Obj(m)) if matches!(m.payload, Payload::Str(_)) => {
            let m = vm.str_of(&m);
            if m == "builtins" {
                q
            } else {
                format!("{m}.{q}")
            }
        }
        _ => q,
    }
}

fn repr_seq(vm: &mut Vm, items: &[Value], open: &str, close: &str) -> PyResult<String> {
    let mut out = String::from(open);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(vm, x)?);
    }
    out.push_str(close);
    Ok(out)
}

/// `repr(v)`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::None => return Ok("None".into()),
        Value::Bool(b) => return Ok(if *b { "True" } else { "False" }.into()),
        Value::Int(i) => return Ok(i.to_string()),
        Value::Float(f) => return Ok(crate::format::float_repr(*f)),
        Value::Obj(o) => {
            let special = matches!(o.payload, Payload::Plain) && (o.is(&vm.not_implemented) || o.is(&vm.ellipsis_obj));
            if vm.is_canonical(o) || special {
                if let Some(s) = builtin_repr(vm, v, o)? {
                    return Ok(s);
                }
            }
        }
    }
    match attr::lookup_special(vm, v, "__repr__") {
        Some(f) => {
            let r = call_nested(vm, &f, &[v.clone()], " while getting the repr of an object")?;
            match &r {
                Value::Obj(ro) if matches!(ro.payload, Payload::Str(_)) => Ok(vm.str_of(ro)),
                _ => {
                    let tn = vm.type_name(&r);
                    Err(vm.type_error(format!("__repr__ returned non-string (type {tn})")))
                }
            }
        }
        None => Ok(default_repr(vm, v)),
    }
}

fn builtin_repr(vm: &mut Vm, v: &Value, o: &ObjRef) -> PyResult<Option<String>> {
    Ok(Some(match &o.payload {
        Payload::Str(s) => repr_str(s.as_str()),
        Payload::Int(b) => {
            let digits = b.bits() as f64 * std::f64::consts::LOG10_2;
            if digits + 2.0 > vm.int_max_str_digits as f64 && vm.int_max_str_digits > 0 {
                let s = b.to_string();
                let n = s.trim_start_matches('-').len();
                if n > vm.int_max_str_digits {
                    return Err(vm.value_error(format!(
                        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                        vm.int_max_str_digits
                    )));
                }
                s
            } else {
                b.to_string()
            }
        }
        Payload::Float(f) => crate::format::float_repr(*f),
        Payload::Complex(r, i) => crate::format::complex_repr(*r, *i),
        Payload::Bytes(b) => repr_bytes(b, "b"),
        Payload::ByteArray(b) => {
            let b = b.borrow().clone();
            format!("bytearray({})", repr_bytes(&b, "b"))
        }
        Payload::List(l) => {
            let items = l.borrow().clone();
            if items.is_empty() {
                return Ok(Some("[]".into()));
            }
            return guarded(vm, o, "[...]", |vm| repr_seq(vm, &items, "[", "]")).map(Some);
        }
        Payload::Tuple(t) => {
            if t.len() == 1 {
                let t0 = t[0].clone();
                return guarded(vm, o, "(...)", |vm| Ok(format!("({},)", repr(vm, &t0)?))).map(Some);
            }
            let items = t.to_vec();
            return guarded(vm, o, "(...)", |vm| repr_seq(vm, &items, "(", ")")).map(Some);
        }
        Payload::Dict(d) => {
            let items = d.borrow().items();
            if items.is_empty() {
                return Ok(Some("{}".into()));
            }
            return guarded(vm, o, "{...}", |vm| {
                let mut out = String::from("{");
                for (i, (k, val)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&repr(vm, k)?);
                    out.push_str(": ");
                    out.push_str(&repr(vm, val)?);
                }
                out.push('}');
                Ok(out)
            })
            .map(Some);
        }
        Payload::Set(s) => {
            let items = s.borrow().keys();
            if items.is_empty() {
                return Ok(Some("set()".into()));
            }
            return guarded(vm, o, "set(...)", |vm| repr_seq(vm, &items, "{", "}")).map(Some);
        }
        Payload::FrozenSet(s) => {
            let items = s.borrow().keys();
            if items.is_empty() {
                return Ok(Some("frozenset()".into()));
            }
            return guarded(vm, o, "frozenset(...)", |vm| repr_seq(vm, &items, "frozenset({", "})")).map(Some);
        }
        Payload::Range { start, stop, step } => {
            let (a, b, c) = (repr(vm, start)?, repr(vm, stop)?, repr(vm, step)?);
            if c == "1" {
                format!("range({a}, {b})")
            } else {
                format!("range({a}, {b}, {c})")
            }
        }
        Payload::Slice { start, stop, step } => format!("slice({}, {}, {})", repr(vm, start)?, repr(vm, stop)?, repr(vm, step)?),
        Payload::Type(_) => format!("<class '{}'>", type_qualified_name(vm, o)),
        Payload::Function(fd) => {
            let q = match &*fd.qualname.borrow() {
                Value::Obj(q) => vm.str_of(q),
                _ => "?".into(),
            };
            format!("<function {q} at {:#x}>", o.addr())
        }
        Payload::Builtin(b) => match (&b.this, &b.owner) {
            (Some(this), Some(owner)) if !b.bound_is_module => {
                let tn = type_data(owner).name.borrow().clone();
                if matches!(this, Value::Obj(t) if matches!(t.payload, Payload::Type(_))) && b.flags & crate::objects::native::mflags::CLASS != 0 {
                    let addr = this.as_obj().map(|t| t.addr()).unwrap_or(0);
                    format!("<built-in method {} of type object at {:#x}>", b.name, addr)
                } else if b.name.starts_with("__") && b.name.ends_with("__") {
                    let tname = vm.type_name(this);
                    let addr = this.as_obj().map(|t| t.addr()).unwrap_or(0);
                    format!("<method-wrapper '{}' of {} object at {:#x}>", b.name, tname, addr)
                } else {
                    let _ = tn;
                    let tname = vm.type_name(this);
                    let addr = match this {
                        Value::Obj(t) => t.addr(),
                        _ => 0,
                    };
                    format!("<built-in method {} of {} object at {:#x}>", b.name, tname, addr)
                }
            }
            (_, Some(owner)) => {
                let tn = type_data(owner).name.borrow().clone();
                let cls = o.class();
                if cls.is(&vm.types.wrapper_descriptor) {
                    format!("<slot wrapper '{}' of '{}' objects>", b.name, tn)
                } else if cls.is(&vm.types.classmethod_descriptor) {
                    format!("<method '{}' of '{}' objects>", b.name, tn)
                } else if cls.is(&vm.types.builtin_function) {
                    format!("<built-in method {} of type object at {:#x}>", b.name, owner.addr())
                } else {
                    format!("<method '{}' of '{}' objects>", b.name, tn)
                }
            }
            _ => format!("<built-in function {}>", b.name),
        },
        Payload::Method { func, this } => {
            let (func, this) = (func.clone(), this.clone());
            let q = match attr::getattr_str_opt(vm, &func, "__qualname__")? {
                Some(Value::Obj(q)) if matches!(q.payload, Payload::Str(_)) => vm.str_of(&q),
                _ => "?".into(),
            };
            let r = repr(vm, &this)?;
            format!("<bound method {q} of {r}>")
        }
        Payload::Module { dict } => {
            let name = match vm.dict_get_str(dict, "__name__") {
                Some(n) => repr(vm, &n)?,
                None => "'?'".into(),
            };
            match vm.dict_get_str(dict, "__file__") {
                Some(Value::Obj(f)) if matches!(f.payload, Payload::Str(_)) => {
                    let f = vm.str_of(&f);
                    format!("<module {name} from '{f}'>")
                }
                _ => {
                    let plain = vm.dict_get_str(dict, "__name__").and_then(|n| n.as_obj().map(|o| vm.str_of(o))).unwrap_or_default();
                    if plain == "builtins" || plain == "sys" || vm.native_modules.contains_key(&plain) {
                        format!("<module {name} (built-in)>")
                    } else {
                        format!("<module {name}>")
                    }
                }
            }
        }
        Payload::Code(c) => {
            let n = vm.str_of(&c.name);
            let f = vm.str_of(&c.filename);
            format!("<code object {n} at {:#x}, file \"{f}\", line {}>", o.addr(), c.firstlineno)
        }
        Payload::Cell(c) => match &*c.borrow() {
            Some(x) => {
                let tn = vm.type_name(x);
                let addr = match x {
                    Value::Obj(xo) => xo.addr(),
                    _ => 0,
                };
                format!("<cell at {:#x}: {} object at {:#x}>", o.addr(), tn, addr)
            }
            None => format!("<cell at {:#x}: empty>", o.addr()),
        },
        Payload::Plain if o.is(&vm.not_implemented) => "NotImplemented".into(),
        Payload::Plain if o.is(&vm.ellipsis_obj) => "Ellipsis".into(),
        Payload::Generator(g) => {
            let g = g.borrow();
            let q = match &g.qualname {
                Value::Obj(q) => vm.str_of(q),
                _ => "?".into(),
            };
            let kind = match g.kind {
                crate::objects::generator::GenKind::Generator => "generator",
                crate::objects::generator::GenKind::Coroutine => "coroutine",
                crate::objects::generator::GenKind::AsyncGenerator => "async_generator",
            };
            format!("<{kind} object {q} at {:#x}>", o.addr())
        }
        Payload::MappingProxy(m) => {
            let m = m.clone();
            format!("mappingproxy({})", repr(vm, &m)?)
        }
        Payload::GetSet(g) => format!("<attribute '{}' of '{}' objects>", g.name, type_data(&g.owner).name.borrow()),
        Payload::Member { name, owner, .. } => format!("<member '{}' of '{}' objects>", vm.str_of(name), type_data(owner).name.borrow()),
        _ => {
            let _ = v;
            return Ok(None);
        }
    }))
}

/// `PyObject_Repr` as an object: a str subclass instance returned by a class's `__repr__` is
/// returned as is.
pub fn repr_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(r) = heap_dunder_str(vm, v, "__repr__", " while getting the repr of an object")? {
        return Ok(r);
    }
    let s = repr(vm, v)?;
    Ok(vm.new_string(s))
}

/// `PyObject_Str` as an object: exact strs are returned as they are, and so is a str subclass
/// instance returned by a class's `__str__`.
pub fn str_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if matches!(o.payload, Payload::Str(_)) && o.class().is(&vm.types.str) {
            return Ok(v.clone());
        }
    }
    if let Some(r) = heap_dunder_str(vm, v, "__str__", " while getting the str of an object")? {
        return Ok(r);
    }
    let s = str(vm, v)?;
    Ok(vm.new_string(s))
}

/// Calls `name` (`__repr__`/`__str__`) of a class instance and checks that it returned a str
/// (of any str subclass). None for instances of builtin types, whose dunders build exact strs.
fn heap_dunder_str(vm: &mut Vm, v: &Value, name: &str, where_: &str) -> PyResult<Option<Value>> {
    let Value::Obj(o) = v else { return Ok(None) };
    if !type_data(&o.class()).has(tflags::HEAPTYPE) || matches!(o.payload, Payload::Exception(_)) {
        return Ok(None);
    }
    let Some(f) = attr::lookup_special(vm, v, name) else { return Ok(None) };
    let r = call_nested(vm, &f, &[v.clone()], where_)?;
    match &r {
        Value::Obj(ro) if matches!(ro.payload, Payload::Str(_)) => Ok(Some(r)),
        _ => {
            let tn = vm.type_name(&r);
            Err(vm.type_error(format!("{name} returned non-string (type {tn})")))
        }
    }
}

/// `str(v)`.
pub fn str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Value::Obj(o) = v {
        if let Payload::Str(s) = &o.payload {
            if o.class().is(&vm.types.str) {
                return Ok(s.as_str().to_string());
            }
        }
        if !type_data(&o.class()).has(tflags::HEAPTYPE) && !matches!(o.payload, Payload::Exception(_)) {
            if let Some(f) = attr::lookup_special(vm, v, "__str__") {
                let is_object_str = matches!(&f, Value::Obj(fo) if matches!(&fo.payload, Payload::Builtin(b) if b.owner.as_ref().map(|t| t.is(&vm.types.object)).unwrap_or(false)));
                if is_object_str {
                    return repr(vm, v);
                }
            }
        }
    } else {
        return repr(vm, v);
    }
    match attr::lookup_special(vm, v, "__str__") {
        Some(f) => {
            let r = call_nested(vm, &f, &[v.clone()], " while getting the str of an object")?;
            match &r {
                Value::Obj(ro) if matches!(ro.payload, Payload::Str(_)) => Ok(vm.str_of(ro)),
                _ => {
                    let tn = vm.type_name(&r);
                    Err(vm.type_error(format!("__str__ returned non-string (type {tn})")))
                }
            }
        }
        None => repr(vm, v),
    }
}

/// `ascii(v)`: repr with non-ASCII characters escaped.
pub fn ascii(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = repr(vm, v)?;
    Ok(escape_non_ascii(&r))
}

pub fn escape_non_ascii(r: &str) -> String {
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
