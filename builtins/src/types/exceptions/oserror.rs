//! OSError: errno/strerror/filename/filename2 parsing, the errno → subclass mapping done by
//! `OSError(...)`, `BlockingIOError.characters_written`, `__str__` and `__reduce__`.

use super::{alloc_exc, base_str, data, no_kwargs, reduce_with, set_args, store, this_exc, visible_state};
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::protocol::{attr, repr};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

/// Whether construction is done by `__init__` (a subclass overriding `__init__` but not
/// `__new__`) rather than by `__new__`, as CPython's `oserror_use_init`.
fn use_init(vm: &Vm, cls: &ObjRef) -> bool {
    let os = &vm.types.os_error;
    let d = &rpy_vm::objects::typeobj::type_data(os).dict;
    let own_init = vm.dict_get_str(d, "__init__");
    let own_new = vm.dict_get_str(d, "__new__");
    let same = |a: Option<Value>, b: &Option<Value>| match (a, b) {
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    !same(attr::type_lookup_str(cls, "__init__"), &own_init) && same(attr::type_lookup_str(cls, "__new__"), &own_new)
}

struct Parsed {
    errno: Option<Value>,
    strerror: Option<Value>,
    filename: Option<Value>,
    filename2: Option<Value>,
}

fn parse(items: &[Value]) -> Parsed {
    let n = items.len();
    if (2..=5).contains(&n) {
        Parsed { errno: Some(items[0].clone()), strerror: Some(items[1].clone()), filename: items.get(2).cloned(), filename2: items.get(4).cloned() }
    } else {
        Parsed { errno: None, strerror: None, filename: None, filename2: None }
    }
}

fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Bool(_) | Value::Int(_) | Value::Float(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::Int(_) | Payload::Float(_) | Payload::Complex(..))
                || attr::lookup_special(vm, v, "__index__").is_some()
                || attr::lookup_special(vm, v, "__int__").is_some()
                || attr::lookup_special(vm, v, "__float__").is_some()
        }
        Value::None => false,
    }
}

/// `oserror_init`: stores the fields and trims `args` when a filename was given.
fn fill(vm: &mut Vm, o: &ObjRef, items: Vec<Value>, p: Parsed) -> PyResult<()> {
    let n = items.len();
    let mut args = items;
    for k in ["errno", "strerror", "filename", "filename2", "characters_written"] {
        store(vm, o, k, None)?;
    }
    if let Some(f) = p.filename.filter(|f| !f.is_none()) {
        let exact_blocking = o.class().is(&vm.types.blocking_io_error);
        if exact_blocking && is_number(vm, &f) {
            let w = written_value(vm, &f)?;
            store(vm, o, "characters_written", Some(Value::Int(w)))?;
        } else {
            store(vm, o, "filename", Some(f))?;
            if let Some(f2) = p.filename2.filter(|f| !f.is_none()) {
                store(vm, o, "filename2", Some(f2))?;
            }
            if (2..=5).contains(&n) {
                args.truncate(2);
            }
        }
    }
    store(vm, o, "errno", p.errno)?;
    store(vm, o, "strerror", p.strerror)?;
    set_args(vm, o, args);
    Ok(())
}

fn written_value(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.to_index(v) {
        Ok(rpy_vm::objects::int::Int::Small(i)) => Ok(i),
        Ok(rpy_vm::objects::int::Int::Big(_)) => {
            let tn = vm.type_name(v);
            Err(vm.value_error(format!("cannot fit '{tn}' into an index-sized integer")))
        }
        Err(e) => Err(e),
    }
}

fn oserror_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let base = vm.types.os_error.clone();
    let mut cls = crate::types::object::new_cls(vm, &a, &base, "OSError")?;
    if use_init(vm, &cls) {
        return Ok(Value::Obj(alloc_exc(vm, &cls, Vec::new())));
    }
    let tn = rpy_vm::objects::typeobj::type_data(&cls).name.borrow().clone();
    no_kwargs(vm, &a, &tn)?;
    let items = a.pos()[1..].to_vec();
    let p = parse(&items);
    if cls.is(&vm.types.os_error) {
        let errno = match &p.errno {
            Some(Value::Int(i)) => Some(*i),
            Some(Value::Bool(b)) => Some(*b as i64),
            _ => None,
        };
        if let Some(e) = errno.and_then(|e| i32::try_from(e).ok()) {
            cls = rpy_vm::error::host::os_error_type(vm, e);
        }
    }
    let o = alloc_exc(vm, &cls, Vec::new());
    fill(vm, &o, items, p)?;
    Ok(Value::Obj(o))
}

fn oserror_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = this_exc(vm, &a.values[0])?;
    let cls = o.class();
    if !use_init(vm, &cls) {
        return Ok(Value::None);
    }
    let tn = vm.type_name(&a.values[0]);
    no_kwargs(vm, &a, &tn)?;
    let items = a.pos()[1..].to_vec();
    let p = parse(&items);
    fill(vm, &o, items, p)?;
    Ok(Value::None)
}

fn present(vm: &Vm, o: &ObjRef, k: &str) -> Option<Value> {
    vm.get_attr_raw(o, k)
}

fn or_none_str(vm: &mut Vm, v: Option<Value>) -> PyResult<String> {
    vm.to_string(&v.unwrap_or(Value::None))
}

fn oserror_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::args::no_args(vm, &a, "__str__")?;
    let o = this_exc(vm, &a.values[0])?;
    let errno = present(vm, &o, "errno");
    let strerror = present(vm, &o, "strerror");
    let filename = present(vm, &o, "filename").filter(|v| !v.is_none());
    if let Some(f) = filename {
        let e = or_none_str(vm, errno)?;
        let s = or_none_str(vm, strerror)?;
        let fr = repr::repr(vm, &f)?;
        let out = match present(vm, &o, "filename2").filter(|v| !v.is_none()) {
            Some(f2) => {
                let f2r = repr::repr(vm, &f2)?;
                format!("[Errno {e}] {s}: {fr} -> {f2r}")
            }
            None => format!("[Errno {e}] {s}: {fr}"),
        };
        return Ok(vm.new_string(out));
    }
    if let (Some(e), Some(s)) = (errno, strerror) {
        let e = vm.to_string(&e)?;
        let s = vm.to_string(&s)?;
        return Ok(vm.new_string(format!("[Errno {e}] {s}")));
    }
    base_str(vm, &o)
}

fn oserror_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::args::no_args(vm, &a, "__reduce__")?;
    let o = this_exc(vm, &a.values[0])?;
    let items = super::args_of(&o);
    let filename = present(vm, &o, "filename").filter(|v| !v.is_none());
    let args = match filename {
        Some(f) if items.len() == 2 => {
            let mut v = vec![items[0].clone(), items[1].clone(), f];
            if let Some(f2) = present(vm, &o, "filename2").filter(|v| !v.is_none()) {
                v.push(Value::None);
                v.push(f2);
            }
            vm.new_tuple(v)
        }
        _ => data(&o).map(|d| d.borrow().args.clone()).unwrap_or(Value::None),
    };
    let state = visible_state(vm, &o);
    Ok(reduce_with(vm, &o, args, state))
}

super::dict_member!(get_errno, set_errno, "errno");
super::dict_member!(get_strerror, set_strerror, "strerror");
super::dict_member!(get_filename, set_filename, "filename");
super::dict_member!(get_filename2, set_filename2, "filename2");

fn get_written(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = this_exc(vm, v)?;
    match present(vm, &o, "characters_written") {
        Some(w) => Ok(w),
        None => Err(vm.attribute_error("characters_written")),
    }
}

fn set_written(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = this_exc(vm, v)?;
    match new {
        None => {
            if present(vm, &o, "characters_written").is_none() {
                return Err(vm.attribute_error("characters_written"));
            }
            store(vm, &o, "characters_written", None)
        }
        Some(n) => {
            let w = match vm.to_index(&n)? {
                rpy_vm::objects::int::Int::Small(i) => i,
                rpy_vm::objects::int::Int::Big(_) => {
                    let tn = vm.type_name(&n);
                    return Err(vm.value_error(format!("cannot fit '{tn}' into an index-sized integer")));
                }
            };
            store(vm, &o, "characters_written", Some(Value::Int(w)))
        }
    }
}

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: oserror_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef {
        name: "__init__",
        func: oserror_init,
        flags: 0,
        sig: "($self, /, *args, **kwargs)",
        doc: "Initialize self.  See help(type(self)) for accurate signature.",
    },
    MethodDef { name: "__str__", func: oserror_str, flags: 0, sig: "($self, /)", doc: "Return str(self)." },
    MethodDef { name: "__reduce__", func: oserror_reduce, flags: 0, sig: "", doc: "" },
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "errno", get: get_errno, set: Some(set_errno), doc: "POSIX exception code" },
    GetSetDef { name: "strerror", get: get_strerror, set: Some(set_strerror), doc: "exception strerror" },
    GetSetDef { name: "filename", get: get_filename, set: Some(set_filename), doc: "exception filename" },
    GetSetDef { name: "filename2", get: get_filename2, set: Some(set_filename2), doc: "second exception filename" },
    GetSetDef { name: "characters_written", get: get_written, set: Some(set_written), doc: "" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.os_error.clone();
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
}
