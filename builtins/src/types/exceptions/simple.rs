//! Exceptions with a few extra attributes: StopIteration.value, SystemExit.code,
//! KeyError's str, ImportError (msg/name/path), AttributeError (name/obj), NameError (name).

use super::{args_of, base_str, data, dict_member, no_kwargs, reduce_with, set_args, store, this_exc, visible_state};
use rpy_vm::objects::native::{Args, GetSetDef, MethodDef};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

/// Parses keyword-only arguments `names` as `PyArg_ParseTupleAndKeywords(empty, kw, "|$O…:fname")`.
pub(crate) fn parse_kwonly(vm: &mut Vm, a: &Args, fname: &str, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let n = a.kwnames.len();
    if n > names.len() {
        let s = if names.len() == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("{fname}() takes at most {} keyword argument{s} ({n} given)", names.len())));
    }
    let mut out = vec![None; names.len()];
    for (k, v) in a.kwargs() {
        let key = match k {
            Value::Obj(o) => vm.str_of(o),
            _ => String::new(),
        };
        match names.iter().position(|x| *x == key) {
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for {fname}()"))),
        }
    }
    Ok(out)
}

fn first_arg_or_none(o: &ObjRef) -> Value {
    args_of(o).into_iter().next().unwrap_or(Value::None)
}

// ----- StopIteration ---------------------------------------------------------------------

fn stopiter_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = this_exc(vm, &a.values[0])?;
    let n = vm.type_name(&a.values[0]);
    no_kwargs(vm, &a, &n)?;
    set_args(vm, &o, a.pos()[1..].to_vec());
    let v = first_arg_or_none(&o);
    store(vm, &o, "value", Some(v))?;
    Ok(Value::None)
}

fn stopiter_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = this_exc(vm, v)?;
    Ok(match vm.get_attr_raw(&o, "value") {
        Some(x) => x,
        None => first_arg_or_none(&o),
    })
}

fn stopiter_set_value(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = this_exc(vm, v)?;
    store(vm, &o, "value", Some(new.unwrap_or(Value::None)))
}

static STOPITER_METHODS: &[MethodDef] = &[MethodDef {
    name: "__init__",
    func: stopiter_init,
    flags: 0,
    sig: "($self, /, *args, **kwargs)",
    doc: "Initialize self.  See help(type(self)) for accurate signature.",
}];
static STOPITER_GETSETS: &[GetSetDef] = &[GetSetDef { name: "value", get: stopiter_value, set: Some(stopiter_set_value), doc: "generator return value" }];

// ----- SystemExit ------------------------------------------------------------------------

fn code_from_args(vm: &mut Vm, o: &ObjRef) -> Value {
    let items = args_of(o);
    match items.len() {
        0 => Value::None,
        1 => items[0].clone(),
        _ => data(o).map(|d| d.borrow().args.clone()).unwrap_or_else(|| vm.new_tuple(items)),
    }
}

fn sysexit_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = this_exc(vm, &a.values[0])?;
    let n = vm.type_name(&a.values[0]);
    no_kwargs(vm, &a, &n)?;
    set_args(vm, &o, a.pos()[1..].to_vec());
    let c = code_from_args(vm, &o);
    store(vm, &o, "code", Some(c))?;
    Ok(Value::None)
}

fn sysexit_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = this_exc(vm, v)?;
    Ok(match vm.get_attr_raw(&o, "code") {
        Some(x) => x,
        None => code_from_args(vm, &o),
    })
}

fn sysexit_set_code(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = this_exc(vm, v)?;
    store(vm, &o, "code", Some(new.unwrap_or(Value::None)))
}

static SYSEXIT_METHODS: &[MethodDef] = &[MethodDef {
    name: "__init__",
    func: sysexit_init,
    flags: 0,
    sig: "($self, /, *args, **kwargs)",
    doc: "Initialize self.  See help(type(self)) for accurate signature.",
}];
static SYSEXIT_GETSETS: &[GetSetDef] = &[GetSetDef { name: "code", get: sysexit_code, set: Some(sysexit_set_code), doc: "exception code" }];

// ----- KeyError --------------------------------------------------------------------------

fn keyerror_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::args::no_args(vm, &a, "__str__")?;
    let o = this_exc(vm, &a.values[0])?;
    let items = args_of(&o);
    if items.len() == 1 {
        let r = rpy_vm::protocol::repr::repr(vm, &items[0])?;
        return Ok(vm.new_string(r));
    }
    base_str(vm, &o)
}

static KEYERROR_METHODS: &[MethodDef] = &[MethodDef { name: "__str__", func: keyerror_str, flags: 0, sig: "($self, /)", doc: "Return str(self)." }];

// ----- ImportError -----------------------------------------------------------------------

fn importerror_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = this_exc(vm, &a.values[0])?;
    set_args(vm, &o, a.pos()[1..].to_vec());
    let kw = parse_kwonly(vm, &a, "ImportError", &["name", "path"])?;
    store(vm, &o, "name", kw[0].clone())?;
    store(vm, &o, "path", kw[1].clone())?;
    let pos = a.pos();
    let msg = if pos.len() == 2 { Some(pos[1].clone()) } else { None };
    store(vm, &o, "msg", msg)?;
    Ok(Value::None)
}

fn importerror_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::args::no_args(vm, &a, "__str__")?;
    let o = this_exc(vm, &a.values[0])?;
    let items = args_of(&o);
    let msg = match vm.get_attr_raw(&o, "msg") {
        Some(m) => Some(m),
        None if items.len() == 1 => Some(items[0].clone()),
        None => None,
    };
    if let Some(Value::Obj(m)) = msg {
        if matches!(m.payload, Payload::Str(_)) && m.class().is(&vm.types.str) {
            return Ok(Value::Obj(m));
        }
    }
    base_str(vm, &o)
}

fn importerror_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::args::no_args(vm, &a, "__reduce__")?;
    let o = this_exc(vm, &a.values[0])?;
    let mut state = visible_state(vm, &o);
    for k in ["name", "path"] {
        if let Some(v) = vm.get_attr_raw(&o, k) {
            let d = match &state {
                Some(d) => d.clone(),
                None => {
                    let d = vm.new_dict_obj();
                    state = Some(d.clone());
                    d
                }
            };
            vm.dict_set_str(&d, k, v);
        }
    }
    let t = data(&o).map(|d| d.borrow().args.clone()).unwrap_or(Value::None);
    Ok(reduce_with(vm, &o, t, state))
}

/// `msg`: set by `__init__`; exceptions built without it (by the import machinery) report their
/// single argument.
fn ie_msg(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = this_exc(vm, v)?;
    if let Some(m) = vm.get_attr_raw(&o, "msg") {
        return Ok(m);
    }
    let items = args_of(&o);
    Ok(if items.len() == 1 { items[0].clone() } else { Value::None })
}

fn ie_set_msg(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = this_exc(vm, v)?;
    store(vm, &o, "msg", Some(new.unwrap_or(Value::None)))
}

dict_member!(ie_name, ie_set_name, "name");
dict_member!(ie_path, ie_set_path, "path");

static IMPORTERROR_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__init__",
        func: importerror_init,
        flags: 0,
        sig: "($self, /, *args, **kwargs)",
        doc: "Initialize self.  See help(type(self)) for accurate signature.",
    },
    MethodDef { name: "__str__", func: importerror_str, flags: 0, sig: "($self, /)", doc: "Return str(self)." },
    MethodDef { name: "__reduce__", func: importerror_reduce, flags: 0, sig: "", doc: "" },
];
static IMPORTERROR_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "msg", get: ie_msg, set: Some(ie_set_msg), doc: "exception message" },
    GetSetDef { name: "name", get: ie_name, set: Some(ie_set_name), doc: "module name" },
    GetSetDef { name: "path", get: ie_path, set: Some(ie_set_path), doc: "module path" },
];

// ----- AttributeError / NameError --------------------------------------------------------

fn attrerror_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = this_exc(vm, &a.values[0])?;
    set_args(vm, &o, a.pos()[1..].to_vec());
    let kw = parse_kwonly(vm, &a, "AttributeError", &["name", "obj"])?;
    store(vm, &o, "name", kw[0].clone())?;
    store(vm, &o, "obj", kw[1].clone())?;
    Ok(Value::None)
}

fn nameerror_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = this_exc(vm, &a.values[0])?;
    set_args(vm, &o, a.pos()[1..].to_vec());
    let kw = parse_kwonly(vm, &a, "NameError", &["name"])?;
    store(vm, &o, "name", kw[0].clone())?;
    Ok(Value::None)
}

fn plain_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::args::no_args(vm, &a, "__str__")?;
    let o = this_exc(vm, &a.values[0])?;
    base_str(vm, &o)
}

dict_member!(ae_name, ae_set_name, "name");
dict_member!(ae_obj, ae_set_obj, "obj");

static ATTRERROR_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__init__",
        func: attrerror_init,
        flags: 0,
        sig: "($self, /, *args, **kwargs)",
        doc: "Initialize self.  See help(type(self)) for accurate signature.",
    },
    MethodDef { name: "__str__", func: plain_str, flags: 0, sig: "($self, /)", doc: "Return str(self)." },
];
static ATTRERROR_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "name", get: ae_name, set: Some(ae_set_name), doc: "attribute name" },
    GetSetDef { name: "obj", get: ae_obj, set: Some(ae_set_obj), doc: "object" },
];
static NAMEERROR_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__init__",
        func: nameerror_init,
        flags: 0,
        sig: "($self, /, *args, **kwargs)",
        doc: "Initialize self.  See help(type(self)) for accurate signature.",
    },
    MethodDef { name: "__str__", func: plain_str, flags: 0, sig: "($self, /)", doc: "Return str(self)." },
];
static NAMEERROR_GETSETS: &[GetSetDef] = &[GetSetDef { name: "name", get: ae_name, set: Some(ae_set_name), doc: "name" }];

pub fn init(vm: &mut Vm) {
    let t = vm.types.stop_iteration.clone();
    vm.add_methods(&t, STOPITER_METHODS);
    vm.add_getsets(&t, STOPITER_GETSETS);
    let t = vm.types.system_exit.clone();
    vm.add_methods(&t, SYSEXIT_METHODS);
    vm.add_getsets(&t, SYSEXIT_GETSETS);
    let t = vm.types.key_error.clone();
    vm.add_methods(&t, KEYERROR_METHODS);
    let t = vm.types.import_error.clone();
    vm.add_methods(&t, IMPORTERROR_METHODS);
    vm.add_getsets(&t, IMPORTERROR_GETSETS);
    let t = vm.types.attribute_error.clone();
    vm.add_methods(&t, ATTRERROR_METHODS);
    vm.add_getsets(&t, ATTRERROR_GETSETS);
    let t = vm.types.name_error.clone();
    vm.add_methods(&t, NAMEERROR_METHODS);
    vm.add_getsets(&t, NAMEERROR_GETSETS);
}
