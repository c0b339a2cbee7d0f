//! Module objects: `module(name, doc=None)`, `__dict__`, `__annotations__`, `__dir__` and
//! `__repr__` (importlib's `_module_repr` rules).

use crate::args;
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::protocol::{attr, dictops, repr};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

fn module_dict(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    if let Value::Obj(o) = v {
        if let Payload::Module { dict } = &o.payload {
            return Ok(dict.clone());
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'module' object but received a '{tn}'")))
}

fn module_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mt = vm.types.module.clone();
    let cls = crate::types::object::new_cls(vm, &a, &mt, "module")?;
    let d = vm.new_dict_obj();
    Ok(Value::Obj(crate::types::object::alloc(vm, &cls, Payload::Module { dict: d })))
}

fn module_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = module_dict(vm, &a.values[0])?;
    let rest = Args::with_kw(&a.values[1..], a.kwnames);
    let b = args::bind(vm, &rest, &args::Spec { name: "module", params: &["name", "doc"], required: 1 })?;
    let name = b[0].clone().unwrap_or(Value::None);
    if !vm.is_instance_of(&name, &vm.types.str.clone()) {
        let tn = vm.type_name(&name);
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {tn}")));
    }
    let doc = b[1].clone().unwrap_or(Value::None);
    vm.dict_set_str(&d, "__name__", name);
    vm.dict_set_str(&d, "__doc__", doc);
    vm.dict_set_str(&d, "__package__", Value::None);
    vm.dict_set_str(&d, "__loader__", Value::None);
    vm.dict_set_str(&d, "__spec__", Value::None);
    Ok(Value::None)
}

fn get_str_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    attr::getattr_str_opt(vm, obj, name)
}

fn is_native_module_name(vm: &Vm, name: &str) -> bool {
    name == "builtins" || name == "sys" || vm.native_modules.contains_key(name)
}

/// importlib._bootstrap._module_repr.
fn module_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let m = a.values[0].clone();
    module_dict(vm, &m)?;
    let loader = get_str_attr(vm, &m, "__loader__")?.unwrap_or(Value::None);
    let spec = get_str_attr(vm, &m, "__spec__")?.unwrap_or(Value::None);
    if !spec.is_none() && vm.truthy(&spec)? {
        let name = get_str_attr(vm, &spec, "name")?.unwrap_or(Value::None);
        let origin = get_str_attr(vm, &spec, "origin")?.unwrap_or(Value::None);
        let sloader = get_str_attr(vm, &spec, "loader")?.unwrap_or(Value::None);
        let nr = if name.is_none() { "'?'".to_string() } else { repr::repr(vm, &name)? };
        let s = if origin.is_none() {
            if sloader.is_none() {
                format!("<module {nr}>")
            } else {
                format!("<module {nr} ({})>", repr::repr(vm, &sloader)?)
            }
        } else {
            let has_location = match get_str_attr(vm, &spec, "has_location")? {
                Some(h) => vm.truthy(&h)?,
                None => false,
            };
            if has_location {
                format!("<module {nr} from {}>", repr::repr(vm, &origin)?)
            } else {
                format!("<module {nr} ({})>", vm.to_string(&origin)?)
            }
        };
        return Ok(vm.new_string(s));
    }
    if !loader.is_none() {
        if let Some(mr) = get_str_attr(vm, &loader, "module_repr")? {
            if let Ok(r) = vm.call(&mr, &[m.clone()]) {
                return Ok(r);
            }
        }
    }
    let name = get_str_attr(vm, &m, "__name__")?;
    let nr = match &name {
        Some(n) => repr::repr(vm, n)?,
        None => "'?'".to_string(),
    };
    let s = match get_str_attr(vm, &m, "__file__")? {
        Some(f) => format!("<module {nr} from {}>", repr::repr(vm, &f)?),
        None => {
            if !loader.is_none() {
                format!("<module {nr} ({})>", repr::repr(vm, &loader)?)
            } else {
                let native = match &name {
                    Some(Value::Obj(n)) if matches!(n.payload, Payload::Str(_)) => is_native_module_name(vm, &vm.str_of(n)),
                    _ => false,
                };
                if native {
                    format!("<module {nr} (built-in)>")
                } else {
                    format!("<module {nr}>")
                }
            }
        }
    };
    Ok(vm.new_string(s))
}

fn module_dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__dir__")?;
    let m = a.values[0].clone();
    let d = attr::getattr_str(vm, &m, "__dict__")?;
    match &d {
        Value::Obj(dobj) if matches!(dobj.payload, Payload::Dict(_)) => {
            let key = Value::Obj(vm.intern("__dir__"));
            let dirfunc = dictops::dict_getitem_opt(vm, dobj, &key)?;
            match dirfunc {
                Some(f) => vm.call(&f, &[]),
                None => {
                    let keys = match &dobj.payload {
                        Payload::Dict(dd) => dd.borrow().keys(),
                        _ => Vec::new(),
                    };
                    Ok(vm.new_list(keys))
                }
            }
        }
        _ => Err(vm.type_error("<module>.__dict__ is not a dictionary")),
    }
}

fn get_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(module_dict(vm, v)?))
}

fn get_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = module_dict(vm, v)?;
    let key = Value::Obj(vm.intern("__annotations__"));
    match dictops::dict_getitem_opt(vm, &d, &key)? {
        Some(a) => Ok(a),
        None => {
            let a = vm.new_dict();
            dictops::dict_setitem(vm, &d, key, a.clone())?;
            Ok(a)
        }
    }
}

fn set_annotations(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let d = module_dict(vm, v)?;
    let key = Value::Obj(vm.intern("__annotations__"));
    match new {
        Some(a) => dictops::dict_setitem(vm, &d, key, a),
        None => {
            if dictops::dict_pop(vm, &d, &key)?.is_none() {
                return Err(vm.attribute_error("__annotations__"));
            }
            Ok(())
        }
    }
}

fn readonly_dict(vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: module_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef {
        name: "__init__",
        func: module_init,
        flags: 0,
        sig: "($self, /, *args, **kwargs)",
        doc: "Initialize self.  See help(type(self)) for accurate signature.",
    },
    MethodDef { name: "__repr__", func: module_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__dir__", func: module_dir, flags: 0, sig: "($self, /)", doc: "__dir__() -> list\nspecialized dir() implementation" },
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__dict__", get: get_dict, set: Some(readonly_dict), doc: "" },
    GetSetDef { name: "__annotations__", get: get_annotations, set: Some(set_annotations), doc: "" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.module.clone();
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
    let d = vm.new_str("Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.");
    vm.type_set_attr(&t, "__doc__", d);
}
