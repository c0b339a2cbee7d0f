//! Builtin functions about objects and I/O: print, input, repr, len, attribute functions,
//! isinstance/issubclass, iter/next, id/hash, chr/ord, format.

use crate::args::{self, Spec};
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::protocol::number::as_int;
use rpy_vm::protocol::{attr, repr, seq};
use rpy_vm::{Payload, PyResult, Value, Vm};

pub fn sys_attr(vm: &mut Vm, name: &str) -> Option<Value> {
    let d = vm.sys_dict.clone()?;
    vm.dict_get_str(&d, name).filter(|v| !v.is_none())
}

fn print(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    let mut flush = false;
    for (k, v) in a.kwargs() {
        let key = match k {
            Value::Obj(o) => vm.str_of(o),
            _ => String::new(),
        };
        match key.as_str() {
            "sep" => sep = Some(v.clone()),
            "end" => end = Some(v.clone()),
            "file" => file = Some(v.clone()),
            "flush" => flush = vm.truthy(v)?,
            _ => return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for print()"))),
        }
    }
    let str_or_none = |vm: &mut Vm, v: Option<Value>, what: &str, dflt: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(dflt.to_string()),
            Some(Value::Obj(o)) if matches!(o.payload, Payload::Str(_)) => Ok(vm.str_of(&o)),
            Some(other) => {
                let tn = vm.type_name(&other);
                Err(vm.type_error(format!("{what} must be None or a string, not {tn}")))
            }
        }
    };
    let sep = str_or_none(vm, sep, "sep", " ")?;
    let end = str_or_none(vm, end, "end", "\n")?;
    let file = match file {
        None | Some(Value::None) => match sys_attr(vm, "stdout") {
            Some(f) => f,
            None => return Ok(Value::None),
        },
        Some(f) => f,
    };
    let write = attr::getattr_str(vm, &file, "write")?;
    let sep_v = vm.new_string(sep);
    for (i, v) in a.pos().iter().enumerate() {
        if i > 0 {
            vm.call(&write, std::slice::from_ref(&sep_v))?;
        }
        let s = vm.to_str(v)?;
        vm.call(&write, &[s])?;
    }
    let end_v = vm.new_string(end);
    vm.call(&write, &[end_v])?;
    if flush {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(Value::None)
}

fn input(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "input", 0, 1)?;
    let stdout = sys_attr(vm, "stdout");
    let stdin = sys_attr(vm, "stdin").ok_or_else(|| vm.runtime_error("input(): lost sys.stdin"))?;
    if let Some(out) = &stdout {
        if let Some(p) = a.pos().first() {
            let s = vm.to_str(p)?;
            vm.call_method(out, "write", &[s])?;
        }
        vm.call_method(out, "flush", &[])?;
    }
    if let Some(err) = sys_attr(vm, "stderr") {
        let _ = vm.call_method(&err, "flush", &[]);
    }
    let line = vm.call_method(&stdin, "readline", &[])?;
    let s = match &line {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => vm.str_of(o),
        _ => {
            let tn = vm.type_name(&line);
            return Err(vm.type_error(format!("object.readline() returned non-string {tn}")));
        }
    };
    if s.is_empty() {
        let t = vm.types.eof_error.clone();
        return Err(vm.new_error(&t, "EOF when reading a line"));
    }
    let s = s.strip_suffix('\n').unwrap_or(&s).to_string();
    Ok(vm.new_string(s))
}

fn repr_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::exactly_one(vm, &a, "repr")?;
    repr::repr_value(vm, &a.values[0])
}

fn ascii_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::exactly_one(vm, &a, "ascii")?;
    // an all-ASCII repr is returned as it is (a str subclass stays one)
    let r = repr::repr_value(vm, &a.values[0])?;
    let s = match &r {
        Value::Obj(o) => vm.str_of(o),
        _ => String::new(),
    };
    if s.is_ascii() {
        return Ok(r);
    }
    Ok(vm.new_string(repr::escape_non_ascii(&s)))
}

fn len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::exactly_one(vm, &a, "len")?;
    let n = seq::len(vm, &a.values[0])?;
    Ok(Value::Int(n as i64))
}

fn callable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::exactly_one(vm, &a, "callable")?;
    Ok(Value::Bool(vm.is_callable(&a.values[0])))
}

fn id(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::exactly_one(vm, &a, "id")?;
    Ok(Value::Int(value_id(&a.values[0])))
}

/// A stable identity for any value (immediates get a value-derived id).
pub fn value_id(v: &Value) -> i64 {
    match v {
        Value::Obj(o) => o.addr() as i64,
        Value::None => 0x7f00_0000_1000,
        Value::Bool(b) => 0x7f00_0000_2000 + *b as i64 * 32,
        Value::Int(i) => 0x7e00_0000_0000i64.wrapping_add(i.wrapping_mul(32)),
        Value::Float(f) => 0x7d00_0000_0000i64 ^ (f.to_bits() as i64 & 0xffff_ffff_fff0),
    }
}

fn hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::exactly_one(vm, &a, "hash")?;
    let h = vm.hash(&a.values[0])?;
    Ok(Value::Int(h))
}

fn attr_name(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<rpy_vm::ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => {
            let s = vm.str_of(o);
            Ok(vm.intern(&s))
        }
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(if fname == "getattr" || fname == "hasattr" || fname == "setattr" || fname == "delattr" {
                format!("attribute name must be string, not '{tn}'")
            } else {
                format!("{fname}(): attribute name must be string")
            }))
        }
    }
}

fn getattr_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "getattr", 2, 3)?;
    let name = attr_name(vm, &a.values[1], "getattr")?;
    match a.values.get(2) {
        None => attr::getattr(vm, &a.values[0], &name),
        Some(d) => match attr::getattr(vm, &a.values[0], &name) {
            Ok(v) => Ok(v),
            Err(e) => {
                if vm.is_instance_of(&Value::Obj(e.0.clone()), &vm.types.attribute_error.clone()) {
                    Ok(d.clone())
                } else {
                    Err(e)
                }
            }
        },
    }
}

fn hasattr_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "hasattr", 2, 2)?;
    let name = attr_name(vm, &a.values[1], "hasattr")?;
    match attr::getattr(vm, &a.values[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) => {
            if vm.is_instance_of(&Value::Obj(e.0.clone()), &vm.types.attribute_error.clone()) {
                Ok(Value::Bool(false))
            } else {
                Err(e)
            }
        }
    }
}

fn setattr_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "setattr", 3, 3)?;
    let name = attr_name(vm, &a.values[1], "setattr")?;
    attr::setattr(vm, &a.values[0], &name, Some(a.values[2].clone()))?;
    Ok(Value::None)
}

fn delattr_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "delattr", 2, 2)?;
    let name = attr_name(vm, &a.values[1], "delattr")?;
    attr::setattr(vm, &a.values[0], &name, None)?;
    Ok(Value::None)
}

fn isinstance(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "isinstance", 2, 2)?;
    Ok(Value::Bool(crate::types::typeobj::instance_check(vm, &a.values[0], &a.values[1])?))
}

fn issubclass(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "issubclass", 2, 2)?;
    Ok(Value::Bool(crate::types::typeobj::subclass_check(vm, &a.values[0], &a.values[1])?))
}

fn iter_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "iter", 1, 2)?;
    if a.len() == 2 {
        if !vm.is_callable(&a.values[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        let t = vm.types.callable_iterator.clone();
        return Ok(Value::Obj(rpy_vm::ObjRef::new(
            t,
            Payload::Iter(std::cell::RefCell::new(rpy_vm::objects::iter::IterData::Callable { func: a.values[0].clone(), sentinel: a.values[1].clone() })),
        )));
    }
    seq::get_iter(vm, &a.values[0])
}

fn next_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "next", 1, 2)?;
    let it = &a.values[0];
    // a plain generator; coroutines and async generators have no __next__
    let is_gen = |o: &rpy_vm::ObjRef| matches!(&o.payload, Payload::Generator(g) if g.borrow().kind == rpy_vm::objects::generator::GenKind::Generator);
    let is_iter = match it {
        Value::Obj(o) => matches!(o.payload, Payload::Iter(_)) || is_gen(o) || attr::lookup_special(vm, it, "__next__").is_some(),
        _ => false,
    };
    if !is_iter {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    match it {
        Value::Obj(o) if matches!(o.payload, Payload::Iter(_)) || is_gen(o) => {
            if let Payload::Generator(_) = &o.payload {
                match rpy_vm::protocol::generator::resume(vm, o, Value::None, None)? {
                    rpy_vm::protocol::generator::GenStep::Yield(v) => return Ok(v),
                    rpy_vm::protocol::generator::GenStep::Return(r) => {
                        return match a.values.get(1) {
                            Some(d) => Ok(d.clone()),
                            None => Err(vm.stop_iteration(if r.is_none() { None } else { Some(r) })),
                        }
                    }
                }
            }
            match seq::next(vm, it)? {
                Some(v) => Ok(v),
                None => match a.values.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.stop_iteration(None)),
                },
            }
        }
        _ => {
            let f = attr::lookup_special(vm, it, "__next__").unwrap_or(Value::None);
            match vm.call(&f, &[it.clone()]) {
                Ok(v) => Ok(v),
                Err(e) => match a.values.get(1) {
                    Some(d) if seq::is_stop_iteration(vm, &e) => Ok(d.clone()),
                    _ => Err(e),
                },
            }
        }
    }
}

fn chr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::exactly_one(vm, &a, "chr")?;
    let i = match as_int(&a.values[0]) {
        Some(i) => i,
        None => {
            if attr::lookup_special(vm, &a.values[0], "__index__").is_none() {
                let tn = vm.type_name(&a.values[0]);
                return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
            }
            vm.to_index(&a.values[0])?
        }
    };
    let n = match i {
        rpy_vm::objects::int::Int::Small(n) => n,
        rpy_vm::objects::int::Int::Big(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if !(0..=0x10ffff).contains(&n) {
        if n > i32::MAX as i64 || n < i32::MIN as i64 {
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            Ok(Value::Obj(vm.intern(c.encode_utf8(&mut buf))))
        }
        None => Ok(vm.new_str("\u{fffd}")),
    }
}

fn ord(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::exactly_one(vm, &a, "ord")?;
    match &a.values[0] {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => {
                if s.char_len() == 1 {
                    return Ok(Value::Int(s.char_at(0) as i64));
                }
                Err(vm.type_error(format!("ord() expected a character, but string of length {} found", s.char_len())))
            }
            Payload::Bytes(b) => {
                if b.len() == 1 {
                    return Ok(Value::Int(b[0] as i64));
                }
                Err(vm.type_error(format!("ord() expected a character, but string of length {} found", b.len())))
            }
            Payload::ByteArray(b) => {
                let b = b.borrow();
                if b.len() == 1 {
                    return Ok(Value::Int(b[0] as i64));
                }
                let n = b.len();
                drop(b);
                Err(vm.type_error(format!("ord() expected a character, but string of length {n} found")))
            }
            _ => {
                let tn = vm.type_name(&a.values[0]);
                Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
            }
        },
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
        }
    }
}

fn format_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = args::bind(vm, &a, &Spec { name: "format", params: &["value", "format_spec", "/"], required: 1 })?;
    let spec = b[1].clone().unwrap_or_else(|| vm.new_str(""));
    rpy_vm::protocol::format::format(vm, b[0].as_ref().unwrap_or(&Value::None), &spec)
}

fn import_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = args::bind(vm, &a, &Spec { name: "__import__", params: &["name", "globals", "locals", "fromlist", "level"], required: 1 })?;
    let name = match &b[0] {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Str(_)) => o.clone(),
        Some(other) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("__import__() argument 1 must be str, not {tn}")));
        }
        None => return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)")),
    };
    let globals = match &b[1] {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        _ => vm.new_dict_obj(),
    };
    let fromlist = b[3].clone().unwrap_or(Value::None);
    let level = match &b[4] {
        Some(v) => args::expect_i64(vm, v)?,
        None => 0,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    if vm.str_of(&name).is_empty() && level == 0 {
        return Err(vm.value_error("Empty module name"));
    }
    rpy_vm::import::import_name(vm, &globals, &name, &fromlist, level)
}

fn aiter_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "aiter", 1, 1)?;
    let v = a.values[0].clone();
    match attr::lookup_special(vm, &v, "__aiter__") {
        Some(f) => vm.call(&f, &[v]),
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!("'{tn}' object is not an async iterable")))
        }
    }
}

fn anext_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "anext", 1, 2)?;
    let v = a.values[0].clone();
    match attr::lookup_special(vm, &v, "__anext__") {
        Some(f) => match a.values.get(1) {
            None => vm.call(&f, &[v]),
            Some(d) => {
                let helper = rpy_vm::bootstrap::attr(vm, "anext_default")?;
                vm.call(&helper, &[v, d.clone()])
            }
        },
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!("'{tn}' object is not an async iterator")))
        }
    }
}

pub static FUNCS: &[MethodDef] = &[
    MethodDef { name: "print", func: print, flags: 0, sig: "", doc: "Prints the values to a stream, or to sys.stdout by default." },
    MethodDef {
        name: "input",
        func: input,
        flags: 0,
        sig: "($module, prompt='', /)",
        doc: "Read a string from standard input.  The trailing newline is stripped.",
    },
    MethodDef { name: "repr", func: repr_fn, flags: 0, sig: "($module, obj, /)", doc: "Return the canonical string representation of the object." },
    MethodDef { name: "ascii", func: ascii_fn, flags: 0, sig: "($module, obj, /)", doc: "Return an ASCII-only representation of an object." },
    MethodDef { name: "len", func: len, flags: 0, sig: "($module, obj, /)", doc: "Return the number of items in a container." },
    MethodDef {
        name: "callable",
        func: callable,
        flags: 0,
        sig: "($module, obj, /)",
        doc: "Return whether the object is callable (i.e., some kind of function).",
    },
    MethodDef { name: "id", func: id, flags: 0, sig: "($module, obj, /)", doc: "Return the identity of an object." },
    MethodDef { name: "hash", func: hash, flags: 0, sig: "($module, obj, /)", doc: "Return the hash value for the given object." },
    MethodDef { name: "getattr", func: getattr_fn, flags: 0, sig: "", doc: "getattr(object, name[, default]) -> value" },
    MethodDef {
        name: "hasattr",
        func: hasattr_fn,
        flags: 0,
        sig: "($module, obj, name, /)",
        doc: "Return whether the object has an attribute with the given name.",
    },
    MethodDef {
        name: "setattr",
        func: setattr_fn,
        flags: 0,
        sig: "($module, obj, name, value, /)",
        doc: "Sets the named attribute on the given object to the specified value.",
    },
    MethodDef { name: "delattr", func: delattr_fn, flags: 0, sig: "($module, obj, name, /)", doc: "Deletes the named attribute from the given object." },
    MethodDef {
        name: "isinstance",
        func: isinstance,
        flags: 0,
        sig: "($module, obj, class_or_tuple, /)",
        doc: "Return whether an object is an instance of a class or of a subclass thereof.",
    },
    MethodDef {
        name: "issubclass",
        func: issubclass,
        flags: 0,
        sig: "($module, cls, class_or_tuple, /)",
        doc: "Return whether 'cls' is derived from another class or is the same class.",
    },
    MethodDef { name: "iter", func: iter_fn, flags: 0, sig: "", doc: "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator" },
    MethodDef { name: "next", func: next_fn, flags: 0, sig: "", doc: "next(iterator[, default])\n\nReturn the next item from the iterator." },
    MethodDef { name: "chr", func: chr, flags: 0, sig: "($module, i, /)", doc: "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff." },
    MethodDef { name: "ord", func: ord, flags: 0, sig: "($module, c, /)", doc: "Return the Unicode code point for a one-character string." },
    MethodDef { name: "format", func: format_fn, flags: 0, sig: "($module, value, format_spec='', /)", doc: "Return value.__format__(format_spec)" },
    MethodDef { name: "__import__", func: import_fn, flags: 0, sig: "", doc: "Import a module." },
    MethodDef { name: "aiter", func: aiter_fn, flags: 0, sig: "($module, async_iterable, /)", doc: "Return an AsyncIterator for an AsyncIterable object." },
    MethodDef { name: "anext", func: anext_fn, flags: 0, sig: "", doc: "Return the next item from the async iterator." },
];
