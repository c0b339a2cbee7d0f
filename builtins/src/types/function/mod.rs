//! Python function objects: their attributes (`__name__`, `__defaults__`, `__code__`, …) with
//! CPython's setter checks, `__get__` binding, `__call__`, `__repr__` and `types.FunctionType(...)`.
//! The other function-like types live in the submodules.

mod builtin;
mod code;
mod descr;
mod method;
mod property;

use crate::args;
use rpy_vm::objects::function::FunctionData;
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;

/// Parses the arguments of a `__get__(obj, type=None)` slot wrapper: returns (obj, type) with
/// None mapped to absent, and CPython's errors for bad counts or `__get__(None, None)`.
pub(crate) fn descr_get_args(vm: &mut Vm, a: &Args) -> PyResult<(Option<Value>, Option<Value>)> {
    if a.has_kwargs() {
        return Err(vm.type_error("wrapper __get__() takes no keyword arguments"));
    }
    let n = a.len() - 1;
    if n < 1 {
        return Err(vm.type_error(format!(" expected at least 1 argument, got {n}")));
    }
    if n > 2 {
        return Err(vm.type_error(format!(" expected at most 2 arguments, got {n}")));
    }
    let obj = Some(a.values[1].clone()).filter(|v| !v.is_none());
    let ty = a.pos().get(2).cloned().filter(|v| !v.is_none());
    if obj.is_none() && ty.is_none() {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    Ok((obj, ty))
}

/// Arguments of a `__set__(obj, value)` slot wrapper.
pub(crate) fn descr_set_args(vm: &mut Vm, a: &Args) -> PyResult<(Value, Value)> {
    if a.has_kwargs() {
        return Err(vm.type_error("wrapper __set__() takes no keyword arguments"));
    }
    let n = a.len() - 1;
    if n != 2 {
        return Err(vm.type_error(format!(" expected 2 arguments, got {n}")));
    }
    Ok((a.values[1].clone(), a.values[2].clone()))
}

/// Argument of a `__delete__(obj)` slot wrapper.
pub(crate) fn descr_delete_arg(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error("wrapper __delete__() takes no keyword arguments"));
    }
    let n = a.len() - 1;
    if n != 1 {
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    Ok(a.values[1].clone())
}

/// `self(*args, **kwargs)` for a `__call__` wrapper (args[0] is self).
pub(crate) fn call_self(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = a.values[0].clone();
    vm.call_args(&f, Args::with_kw(&a.values[1..], a.kwnames))
}

pub(crate) fn readonly(vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

fn fdata(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Function(_)) => Ok(o.clone()),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'function' object but received a '{tn}'")))
        }
    }
}

fn fd(o: &ObjRef) -> &FunctionData {
    match &o.payload {
        Payload::Function(f) => f,
        _ => unreachable!("checked by fdata"),
    }
}

fn is_str(vm: &Vm, v: &Value) -> bool {
    vm.is_instance_of(v, &vm.types.str)
}

fn code_of(v: &Value) -> Option<std::rc::Rc<rpy_vm::bytecode::CodeObject>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Code(c) => Some(c.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn closure_len(f: &FunctionData) -> usize {
    match &f.closure {
        Some(c) => match &c.payload {
            Payload::Tuple(t) => t.len(),
            _ => 0,
        },
        None => 0,
    }
}

// ----- construction ----------------------------------------------------------------------

fn func_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ft = vm.types.function.clone();
    crate::types::object::new_cls(vm, &a, &ft, "function")?;
    let rest = Args::with_kw(&a.values[1..], a.kwnames);
    let spec = args::Spec { name: "function", params: &["code", "globals", "name", "argdefs", "closure"], required: 2 };
    let b = args::bind(vm, &rest, &spec)?;
    let code_v = b[0].clone().unwrap_or(Value::None);
    let Some(code) = code_of(&code_v) else {
        let tn = vm.type_name(&code_v);
        return Err(vm.type_error(format!("function() argument 'code' must be code, not {tn}")));
    };
    let globals_v = b[1].clone().unwrap_or(Value::None);
    let globals = match &globals_v {
        Value::Obj(g) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        _ => {
            let tn = vm.type_name(&globals_v);
            return Err(vm.type_error(format!("function() argument 'globals' must be dict, not {tn}")));
        }
    };
    let name = b[2].clone().unwrap_or(Value::None);
    if !name.is_none() && !is_str(vm, &name) {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    let defaults = b[3].clone().unwrap_or(Value::None);
    if !defaults.is_none() && !matches!(&defaults, Value::Obj(o) if matches!(o.payload, Payload::Tuple(_))) {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let closure = b[4].clone().unwrap_or(Value::None);
    let nfree = code.freevars.len();
    let closure_items: Vec<Value> = match &closure {
        Value::None => {
            if nfree > 0 {
                return Err(vm.type_error("arg 5 (closure) must be tuple"));
            }
            Vec::new()
        }
        Value::Obj(t) if matches!(t.payload, Payload::Tuple(_)) => match &t.payload {
            Payload::Tuple(items) => items.to_vec(),
            _ => Vec::new(),
        },
        _ => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
    };
    if closure_items.len() != nfree {
        let cn = vm.str_of(&code.name);
        return Err(vm.value_error(format!("{cn} requires closure of length {nfree}, not {}", closure_items.len())));
    }
    for c in &closure_items {
        if !matches!(c, Value::Obj(o) if matches!(o.payload, Payload::Cell(_))) {
            let tn = vm.type_name(c);
            return Err(vm.type_error(format!("arg 5 (closure) expected cell, found {tn}")));
        }
    }
    let builtins = match vm.dict_get_str(&globals, "__builtins__") {
        Some(Value::Obj(m)) => match &m.payload {
            Payload::Module { dict } => dict.clone(),
            Payload::Dict(_) => m.clone(),
            _ => vm.builtins_dict.clone(),
        },
        _ => vm.builtins_dict.clone(),
    };
    let doc = match code.consts.first() {
        Some(v @ Value::Obj(o)) if matches!(o.payload, Payload::Str(_)) && code.flags & rpy_vm::bytecode::flags::OPTIMIZED != 0 => v.clone(),
        _ => Value::None,
    };
    let module = vm.dict_get_str(&globals, "__name__").unwrap_or(Value::None);
    let name = if name.is_none() { Value::Obj(code.name.clone()) } else { name };
    let data = FunctionData {
        name: RefCell::new(name),
        qualname: RefCell::new(Value::Obj(code.qualname.clone())),
        code: RefCell::new(code),
        globals,
        builtins,
        defaults: RefCell::new(defaults.as_obj().cloned()),
        kwdefaults: RefCell::new(None),
        closure: closure.as_obj().cloned(),
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        annotations: RefCell::new(None),
    };
    let ext = Some(Box::new(rpy_vm::object::InstanceExt { dict: rpy_vm::object::ObjCell::new(None), slots: Box::new([]) }));
    Ok(Value::Obj(ObjRef::with_ext(ft, Payload::Function(Box::new(data)), ext)))
}

// ----- methods ---------------------------------------------------------------------------

fn func_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let o = fdata(vm, &a.values[0])?;
    let q = fd(&o).qualname.borrow().clone();
    let q = vm.to_string(&q)?;
    Ok(vm.new_string(format!("<function {q} at {:#x}>", o.addr())))
}

fn func_call(vm: &mut Vm, a: Args) -> PyResult<Value> {
    fdata(vm, &a.values[0])?;
    call_self(vm, &a)
}

fn func_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, _) = descr_get_args(vm, &a)?;
    let f = a.values[0].clone();
    match obj {
        None => Ok(f),
        Some(o) => Ok(Value::Obj(ObjRef::new(vm.types.method.clone(), Payload::Method { func: f, this: o }))),
    }
}

// ----- attributes ------------------------------------------------------------------------

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = fdata(vm, v)?;
    let n = fd(&o).name.borrow().clone();
    Ok(n)
}

fn set_name(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = fdata(vm, v)?;
    match new {
        Some(n) if is_str(vm, &n) => {
            let old = fd(&o).name.replace(n);
            drop(old);
            Ok(())
        }
        _ => Err(vm.type_error("__name__ must be set to a string object")),
    }
}

fn get_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = fdata(vm, v)?;
    let n = fd(&o).qualname.borrow().clone();
    Ok(n)
}

fn set_qualname(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = fdata(vm, v)?;
    match new {
        Some(n) if is_str(vm, &n) => {
            let old = fd(&o).qualname.replace(n);
            drop(old);
            Ok(())
        }
        _ => Err(vm.type_error("__qualname__ must be set to a string object")),
    }
}

fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = fdata(vm, v)?;
    let d = fd(&o).doc.borrow().clone();
    Ok(d)
}

fn set_doc(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = fdata(vm, v)?;
    let old = fd(&o).doc.replace(new.unwrap_or(Value::None));
    drop(old);
    Ok(())
}

fn get_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = fdata(vm, v)?;
    let m = fd(&o).module.borrow().clone();
    Ok(m)
}

fn set_module(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = fdata(vm, v)?;
    let old = fd(&o).module.replace(new.unwrap_or(Value::None));
    drop(old);
    Ok(())
}

fn get_defaults(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = fdata(vm, v)?;
    let d = fd(&o).defaults.borrow().clone();
    Ok(d.map(Value::Obj).unwrap_or(Value::None))
}

fn set_defaults(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = fdata(vm, v)?;
    let nv = match new {
        None | Some(Value::None) => None,
        Some(Value::Obj(t)) if matches!(t.payload, Payload::Tuple(_)) => Some(t),
        Some(_) => return Err(vm.type_error("__defaults__ must be set to a tuple object")),
    };
    let old = fd(&o).defaults.replace(nv);
    drop(old);
    Ok(())
}

fn get_kwdefaults(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = fdata(vm, v)?;
    let d = fd(&o).kwdefaults.borrow().clone();
    Ok(d.map(Value::Obj).unwrap_or(Value::None))
}

fn set_kwdefaults(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = fdata(vm, v)?;
    let nv = match new {
        None | Some(Value::None) => None,
        Some(Value::Obj(d)) if matches!(d.payload, Payload::Dict(_)) => Some(d),
        Some(_) => return Err(vm.type_error("__kwdefaults__ must be set to a dict object")),
    };
    let old = fd(&o).kwdefaults.replace(nv);
    drop(old);
    Ok(())
}

fn get_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = fdata(vm, v)?;
    let f = fd(&o);
    let cur = f.annotations.borrow().clone();
    match cur {
        Some(d) => Ok(Value::Obj(d)),
        None => {
            let d = vm.new_dict_obj();
            *f.annotations.borrow_mut() = Some(d.clone());
            Ok(Value::Obj(d))
        }
    }
}

fn set_annotations(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = fdata(vm, v)?;
    let nv = match new {
        None | Some(Value::None) => None,
        Some(Value::Obj(d)) if matches!(d.payload, Payload::Dict(_)) => Some(d),
        Some(_) => return Err(vm.type_error("__annotations__ must be set to a dict object")),
    };
    let old = fd(&o).annotations.replace(nv);
    drop(old);
    Ok(())
}

fn get_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = fdata(vm, v)?;
    let c = fd(&o).code.borrow().clone();
    Ok(vm.new_code(c))
}

fn set_code(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = fdata(vm, v)?;
    let Some(code) = new.as_ref().and_then(code_of) else { return Err(vm.type_error("__code__ must be set to a code object")) };
    let f = fd(&o);
    let nfree = code.freevars.len();
    let nclosure = closure_len(f);
    if nfree != nclosure {
        let n = f.name.borrow().clone();
        let n = vm.to_string(&n)?;
        return Err(vm.value_error(format!("{n}() requires a code object with {nclosure} free vars, not {nfree}")));
    }
    let old = f.code.replace(code);
    drop(old);
    Ok(())
}

fn get_globals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = fdata(vm, v)?;
    Ok(Value::Obj(fd(&o).globals.clone()))
}

fn get_builtins(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = fdata(vm, v)?;
    Ok(Value::Obj(fd(&o).builtins.clone()))
}

fn get_closure(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = fdata(vm, v)?;
    Ok(fd(&o).closure.clone().map(Value::Obj).unwrap_or(Value::None))
}

const FUNCTION_DOC: &str = "Create a function object.\n\n  code\n    a code object\n  globals\n    the globals dictionary\n  name\n    a string that overrides the name from the code object\n  argdefs\n    a tuple that specifies the default argument values\n  closure\n    a tuple that supplies the bindings for free variables";

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: func_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef { name: "__repr__", func: func_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__call__", func: func_call, flags: 0, sig: "($self, /, *args, **kwargs)", doc: "Call self as a function." },
    MethodDef {
        name: "__get__",
        func: func_get,
        flags: 0,
        sig: "($self, instance, owner=None, /)",
        doc: "Return an attribute of instance, which is of type owner.",
    },
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__code__", get: get_code, set: Some(set_code), doc: "" },
    GetSetDef { name: "__defaults__", get: get_defaults, set: Some(set_defaults), doc: "" },
    GetSetDef { name: "__kwdefaults__", get: get_kwdefaults, set: Some(set_kwdefaults), doc: "" },
    GetSetDef { name: "__annotations__", get: get_annotations, set: Some(set_annotations), doc: "" },
    GetSetDef { name: "__name__", get: get_name, set: Some(set_name), doc: "" },
    GetSetDef { name: "__qualname__", get: get_qualname, set: Some(set_qualname), doc: "" },
    GetSetDef { name: "__doc__", get: get_doc, set: Some(set_doc), doc: FUNCTION_DOC },
    GetSetDef { name: "__module__", get: get_module, set: Some(set_module), doc: "" },
    GetSetDef { name: "__globals__", get: get_globals, set: Some(readonly), doc: "" },
    GetSetDef { name: "__builtins__", get: get_builtins, set: Some(readonly), doc: "" },
    GetSetDef { name: "__closure__", get: get_closure, set: Some(readonly), doc: "" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.function.clone();
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
    vm.add_getsets(&t, crate::types::object::DICT_GETSET);
    method::init(vm);
    builtin::init(vm);
    descr::init(vm);
    property::init(vm);
    code::init(vm);
}
