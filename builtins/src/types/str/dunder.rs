//! str's special methods: construction (`str(obj)`, `str(bytes, encoding, errors)`),
//! operators, comparisons, hashing, indexing, iteration, repr and `__format__`.

use super::argutil::{bind_kw, check_size, no_args, one_arg, opt_str_arg, wrapper_args};
use super::{as_pystr, codec, this};
use crate::types::object;
use rpy_vm::objects::int::Int;
use rpy_vm::objects::iter::IterData;
use rpy_vm::objects::native::Args;
use rpy_vm::objects::str::PyStr;
use rpy_vm::protocol::convert::{slice_indices, slice_len};
use rpy_vm::protocol::number::as_int;
use rpy_vm::protocol::{attr, repr};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;

/// `str.__new__(cls, object='', encoding='utf-8', errors='strict')`.
pub fn str_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // str(x): the common case skips argument binding
    if a.values.len() == 2 && !a.has_kwargs() && matches!(&a.values[0], Value::Obj(c) if c.is(&vm.types.str)) {
        return vm.to_str(&a.values[1]);
    }
    let str_t = vm.types.str.clone();
    let cls = object::new_cls(vm, &a, &str_t, "str")?;
    let b = bind_kw(vm, &a, 1, "str", &["object", "encoding", "errors"], 0)?;
    let s = match (&b[0], &b[1], &b[2]) {
        (None, None, None) => String::new(),
        (Some(x), None, None) => {
            if cls.is(&str_t) {
                return vm.to_str(x);
            }
            vm.to_string(x)?
        }
        (x, enc, err) => {
            let enc = opt_str_arg(vm, enc.as_ref(), "str", "encoding")?;
            let err = opt_str_arg(vm, err.as_ref(), "str", "errors")?;
            match x {
                None => String::new(),
                Some(x) => {
                    if as_pystr(x).is_some() {
                        return Err(vm.type_error("decoding str is not supported"));
                    }
                    let Some(data) = crate::types::bytes::buffer_bytes(x) else {
                        let tn = vm.type_name(x);
                        return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {tn} found")));
                    };
                    codec::decode(vm, &data, enc.as_deref().unwrap_or("utf-8"), err.as_deref().unwrap_or("strict"), x)?
                }
            }
        }
    };
    if cls.is(&str_t) {
        return Ok(vm.new_string(s));
    }
    Ok(Value::Obj(object::alloc(vm, &cls, Payload::Str(PyStr::new(s)))))
}

fn str_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let o = wrapper_args(vm, &a, "__add__", 1)?[0].clone();
    let Some(t) = as_pystr(&o) else {
        // str has no nb_add in CPython: the other operand's __radd__ decides first
        if let Some(r) = attr::lookup_special(vm, &o, "__radd__") {
            let res = vm.call(&r, &[o.clone(), a.values[0].clone()])?;
            if !vm.is_not_implemented(&res) {
                return Ok(res);
            }
        }
        let tn = vm.type_name(&o);
        return Err(vm.type_error(format!("can only concatenate str (not \"{tn}\") to str")));
    };
    let mut out = String::with_capacity(s.as_str().len() + t.as_str().len());
    out.push_str(s.as_str());
    out.push_str(t.as_str());
    Ok(vm.new_string(out))
}

/// The repeat count of `seq * n`: None when `n` is not an integer (NotImplemented).
pub fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    let i = match as_int(n) {
        Some(i) => i,
        None => {
            if attr::lookup_special(vm, n, "__index__").is_none() {
                return Ok(None);
            }
            vm.to_index(n)?
        }
    };
    match i {
        Int::Small(i) => Ok(Some(i.max(0))),
        // PyNumber_AsSsize_t(n, OverflowError): huge counts overflow whatever their sign
        Int::Big(_) => {
            let tn = vm.type_name(n);
            let t = vm.types.overflow_error.clone();
            Err(vm.new_error(&t, format!("cannot fit '{tn}' into an index-sized integer")))
        }
    }
}

fn str_mul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let n = wrapper_args(vm, &a, "__mul__", 1)?[0].clone();
    let Some(n) = repeat_count(vm, &n)? else { return Ok(vm.not_implemented()) };
    let len = s.as_str().len();
    if (s.char_len() as u128) * (n as u128) > i64::MAX as u128 {
        return Err(vm.overflow_error("repeated string is too long"));
    }
    check_size(vm, len as u128 * n as u128, "repeated string is too long")?;
    if n == 1 && s_is_exact(vm, &a.values[0]) {
        return Ok(a.values[0].clone());
    }
    Ok(vm.new_string(s.as_str().repeat(n as usize)))
}

fn s_is_exact(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class().is(&vm.types.str))
}

fn str_mod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let _ = this(vm, &a)?;
    let v = wrapper_args(vm, &a, "__mod__", 1)?[0].clone();
    super::percent::format_str(vm, &a.values[0], &v)
}

fn str_rmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let _ = this(vm, &a)?;
    let v = wrapper_args(vm, &a, "__rmod__", 1)?[0].clone();
    if as_pystr(&v).is_none() {
        return Ok(vm.not_implemented());
    }
    super::percent::format_str(vm, &v, &a.values[0])
}

fn compare(vm: &mut Vm, a: Args, name: &str, f: fn(&str, &str) -> bool) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let o = wrapper_args(vm, &a, name, 1)?[0].clone();
    match as_pystr(&o) {
        Some(t) => Ok(Value::Bool(f(s.as_str(), t.as_str()))),
        None => Ok(vm.not_implemented()),
    }
}

fn str_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__eq__", |x, y| x == y)
}
fn str_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__ne__", |x, y| x != y)
}
fn str_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__lt__", |x, y| x < y)
}
fn str_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__le__", |x, y| x <= y)
}
fn str_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__gt__", |x, y| x > y)
}
fn str_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__ge__", |x, y| x >= y)
}

fn str_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    wrapper_args(vm, &a, "__hash__", 0)?;
    Ok(Value::Int(s.hash()))
}

fn str_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    wrapper_args(vm, &a, "__len__", 0)?;
    Ok(Value::Int(s.char_len() as i64))
}

/// A one-character str (latin-1 characters are shared, as CPython caches them).
pub fn char_value(vm: &mut Vm, c: char) -> Value {
    let mut buf = [0u8; 4];
    if (c as u32) < 256 {
        Value::Obj(vm.intern(c.encode_utf8(&mut buf)))
    } else {
        vm.new_str(c.encode_utf8(&mut buf))
    }
}

/// `s[key]` for a str payload (int index or slice).
pub fn getitem(vm: &mut Vm, s: &PyStr, key: &Value) -> PyResult<Value> {
    if let Value::Obj(k) = key {
        if let Payload::Slice { start, stop, step } = &k.payload {
            let (a, b, c) = (start.clone(), stop.clone(), step.clone());
            let (start, stop, step) = slice_indices(vm, &a, &b, &c, s.char_len())?;
            let n = slice_len(start, stop, step);
            if n == 0 {
                return Ok(Value::Obj(vm.intern("")));
            }
            if step == 1 {
                return Ok(vm.new_str(s.slice_chars(start as usize, stop as usize)));
            }
            let mut out = String::with_capacity(n);
            if s.is_ascii() {
                let b = s.as_str().as_bytes();
                let mut i = start;
                for _ in 0..n {
                    out.push(b[i as usize] as char);
                    i = i.wrapping_add(step);
                }
            } else {
                let chars: Vec<char> = s.as_str().chars().collect();
                let mut i = start;
                for _ in 0..n {
                    out.push(chars[i as usize]);
                    i = i.wrapping_add(step);
                }
            }
            return Ok(vm.new_string(out));
        }
    }
    let i = match as_int(key) {
        Some(i) => i,
        None => {
            if attr::lookup_special(vm, key, "__index__").is_none() {
                let tn = vm.type_name(key);
                return Err(vm.type_error(format!("string indices must be integers, not '{tn}'")));
            }
            vm.to_index(key)?
        }
    };
    let i = match i {
        Int::Small(i) => i,
        Int::Big(_) => {
            let tn = vm.type_name(key);
            let t = vm.types.index_error.clone();
            return Err(vm.new_error(&t, format!("cannot fit '{tn}' into an index-sized integer")));
        }
    };
    let len = s.char_len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("string index out of range"));
    }
    let c = s.char_at(j as usize);
    Ok(char_value(vm, c))
}

fn str_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let key = wrapper_args(vm, &a, "__getitem__", 1)?[0].clone();
    getitem(vm, s, &key)
}

fn str_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    wrapper_args(vm, &a, "__iter__", 0)?;
    let cls = if s.is_ascii() { vm.types.str_ascii_iterator.clone() } else { vm.types.str_iterator.clone() };
    Ok(Value::Obj(ObjRef::new(cls, Payload::Iter(RefCell::new(IterData::Seq { seq: a.values[0].clone(), index: 0 })))))
}

fn str_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let item = wrapper_args(vm, &a, "__contains__", 1)?[0].clone();
    match as_pystr(&item) {
        Some(t) => Ok(Value::Bool(s.as_str().contains(t.as_str()))),
        None => {
            let tn = vm.type_name(&item);
            Err(vm.type_error(format!("'in <string>' requires string as left operand, not {tn}")))
        }
    }
}

fn str_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    wrapper_args(vm, &a, "__repr__", 0)?;
    Ok(vm.new_string(repr::repr_str(s.as_str())))
}

fn str_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    wrapper_args(vm, &a, "__str__", 0)?;
    if s_is_exact(vm, &a.values[0]) {
        return Ok(a.values[0].clone());
    }
    Ok(vm.new_str(s.as_str()))
}

fn str_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let spec = one_arg(vm, &a, "str.__format__")?;
    let Some(spec) = as_pystr(&spec) else {
        let tn = crate::types::str::argutil::clinic_type_name(vm, &spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {tn}")));
    };
    let this_v = a.values[0].clone();
    if spec.char_len() == 0 {
        if s_is_exact(vm, &this_v) {
            return Ok(this_v);
        }
        return vm.to_str(&this_v);
    }
    let tn = vm.type_name(&this_v);
    let r = rpy_vm::format::parse_spec(spec.as_str(), &tn).and_then(|sp| rpy_vm::format::format_str(s.as_str(), &sp, &tn));
    match r {
        Ok(out) => Ok(vm.new_string(out)),
        Err(e) => Err(rpy_vm::protocol::format::map_err(vm, e)),
    }
}

fn str_getnewargs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    no_args(vm, &a, "str.__getnewargs__")?;
    let v = vm.new_str(s.as_str());
    Ok(vm.new_tuple(vec![v]))
}

fn str_sizeof(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    no_args(vm, &a, "str.__sizeof__")?;
    let n = s.char_len() as i64;
    let size = if s.is_ascii() {
        49 + n
    } else {
        let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
        let kind = if max < 256 {
            1
        } else if max < 65536 {
            2
        } else {
            4
        };
        72 + (n + 1) * kind
    };
    Ok(Value::Int(size))
}

pub static METHODS: &[rpy_vm::objects::native::MethodDef] = {
    use rpy_vm::objects::native::{mflags, MethodDef};
    &[
        MethodDef {
            name: "__new__",
            func: str_new,
            flags: mflags::STATIC,
            sig: "($type, *args, **kwargs)",
            doc: "Create and return a new object.  See help(type) for accurate signature.",
        },
        MethodDef { name: "__add__", func: str_add, flags: 0, sig: "($self, value, /)", doc: "Return self+value." },
        MethodDef { name: "__mul__", func: str_mul, flags: 0, sig: "($self, value, /)", doc: "Return self*value." },
        MethodDef { name: "__rmul__", func: str_mul, flags: 0, sig: "($self, value, /)", doc: "Return value*self." },
        MethodDef { name: "__mod__", func: str_mod, flags: 0, sig: "($self, value, /)", doc: "Return self%value." },
        MethodDef { name: "__rmod__", func: str_rmod, flags: 0, sig: "($self, value, /)", doc: "Return value%self." },
        MethodDef { name: "__eq__", func: str_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
        MethodDef { name: "__ne__", func: str_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
        MethodDef { name: "__lt__", func: str_lt, flags: 0, sig: "($self, value, /)", doc: "Return self<value." },
        MethodDef { name: "__le__", func: str_le, flags: 0, sig: "($self, value, /)", doc: "Return self<=value." },
        MethodDef { name: "__gt__", func: str_gt, flags: 0, sig: "($self, value, /)", doc: "Return self>value." },
        MethodDef { name: "__ge__", func: str_ge, flags: 0, sig: "($self, value, /)", doc: "Return self>=value." },
        MethodDef { name: "__hash__", func: str_hash, flags: 0, sig: "($self, /)", doc: "Return hash(self)." },
        MethodDef { name: "__len__", func: str_len, flags: 0, sig: "($self, /)", doc: "Return len(self)." },
        MethodDef { name: "__getitem__", func: str_getitem, flags: 0, sig: "($self, key, /)", doc: "Return self[key]." },
        MethodDef { name: "__iter__", func: str_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
        MethodDef { name: "__contains__", func: str_contains, flags: 0, sig: "($self, key, /)", doc: "Return key in self." },
        MethodDef { name: "__repr__", func: str_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
        MethodDef { name: "__str__", func: str_str, flags: 0, sig: "($self, /)", doc: "Return str(self)." },
        MethodDef {
            name: "__format__",
            func: str_format,
            flags: 0,
            sig: "($self, format_spec, /)",
            doc: "Return a formatted version of the string as described by format_spec.",
        },
        MethodDef { name: "__getnewargs__", func: str_getnewargs, flags: 0, sig: "", doc: "" },
        MethodDef { name: "__sizeof__", func: str_sizeof, flags: 0, sig: "($self, /)", doc: "Return the size of the string in memory, in bytes." },
    ]
};
