//! Bound methods (`types.MethodType`): `__func__`, `__self__`, equality and hashing by
//! (self identity, function), `__call__`, `__repr__`, `__reduce__`, and attribute access that
//! falls through to the function.

use super::{call_self, readonly};
use crate::args;
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::protocol::{attr, repr};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

fn parts(vm: &mut Vm, v: &Value) -> PyResult<(Value, Value)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Method { func, this } => Ok((func.clone(), this.clone())),
            _ => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("descriptor requires a 'method' object but received a '{tn}'")))
            }
        },
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'method' object but received a '{tn}'")))
        }
    }
}

fn method_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mt = vm.types.method.clone();
    crate::types::object::new_cls(vm, &a, &mt, "method")?;
    if a.has_kwargs() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let n = a.len() - 1;
    if n != 2 {
        return Err(vm.type_error(format!("method expected 2 arguments, got {n}")));
    }
    let (func, this) = (a.values[1].clone(), a.values[2].clone());
    if !vm.is_callable(&func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if this.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::Obj(ObjRef::new(mt, Payload::Method { func, this })))
}

fn method_call(vm: &mut Vm, a: Args) -> PyResult<Value> {
    parts(vm, &a.values[0])?;
    call_self(vm, &a)
}

/// `__qualname__` (or `__name__`) of the function, when it is a str.
fn func_name(vm: &mut Vm, func: &Value) -> PyResult<Option<String>> {
    let n = match attr::getattr_str_opt(vm, func, "__qualname__")? {
        Some(n) => Some(n),
        None => attr::getattr_str_opt(vm, func, "__name__")?,
    };
    Ok(match n {
        Some(Value::Obj(s)) if matches!(s.payload, Payload::Str(_)) => Some(vm.str_of(&s)),
        _ => None,
    })
}

fn method_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let (func, this) = parts(vm, &a.values[0])?;
    let name = func_name(vm, &func)?.unwrap_or_else(|| "?".into());
    let r = repr::repr(vm, &this)?;
    Ok(vm.new_string(format!("<bound method {name} of {r}>")))
}

fn method_eq_impl(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Option<bool>> {
    let other = args::one_arg(vm, a, name)?;
    let (f1, s1) = parts(vm, &a.values[0])?;
    let (f2, s2) = match &other {
        Value::Obj(o) => match &o.payload {
            Payload::Method { func, this } => (func.clone(), this.clone()),
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    if !s1.is(&s2) {
        return Ok(Some(false));
    }
    Ok(Some(vm.eq(&f1, &f2)?))
}

fn method_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match method_eq_impl(vm, &a, "__eq__")? {
        Some(b) => Ok(Value::Bool(b)),
        None => Ok(vm.not_implemented()),
    }
}

fn method_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match method_eq_impl(vm, &a, "__ne__")? {
        Some(b) => Ok(Value::Bool(!b)),
        None => Ok(vm.not_implemented()),
    }
}

fn method_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__hash__")?;
    let (func, this) = parts(vm, &a.values[0])?;
    let x = match &this {
        Value::Obj(o) => rpy_vm::objects::hash::hash_pointer(o.addr()),
        other => vm.hash(other)?,
    };
    let y = vm.hash(&func)?;
    let h = x ^ y;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn method_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__reduce__")?;
    let (func, this) = parts(vm, &a.values[0])?;
    let name = attr::getattr_str(vm, &func, "__name__")?;
    let getattr = vm.lookup_builtin("getattr").unwrap_or(Value::None);
    let inner = vm.new_tuple(vec![this, name]);
    Ok(vm.new_tuple(vec![getattr, inner]))
}

fn name_arg(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    match args::str_obj(v) {
        Some(n) => Ok(vm.intern(&vm.str_of(n))),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{tn}'")))
        }
    }
}

/// `method.__getattribute__`: attributes of the method type first, then the function's.
fn method_getattribute(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = args::one_arg(vm, &a, "__getattribute__")?;
    let n = name_arg(vm, &name)?;
    let this = a.values[0].clone();
    let (func, _) = parts(vm, &this)?;
    let cls = vm.type_of(&this);
    if let Some(d) = attr::type_lookup(&cls, &n) {
        return Ok(attr::descr_get(vm, &d, Some(&this), &cls)?.unwrap_or(d));
    }
    attr::getattr(vm, &func, &n)
}

/// Attributes the method type does not define come from the function (the interpreter's
/// attribute lookup reaches this after the type's own attributes).
fn method_getattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = args::one_arg(vm, &a, "__getattr__")?;
    let n = name_arg(vm, &name)?;
    let (func, _) = parts(vm, &a.values[0])?;
    attr::getattr(vm, &func, &n)
}

fn get_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(vm, v)?.0)
}

fn get_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(vm, v)?.1)
}

fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (func, _) = parts(vm, v)?;
    attr::getattr_str(vm, &func, "__doc__")
}

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: method_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef { name: "__call__", func: method_call, flags: 0, sig: "($self, /, *args, **kwargs)", doc: "Call self as a function." },
    MethodDef { name: "__repr__", func: method_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__eq__", func: method_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: method_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__hash__", func: method_hash, flags: 0, sig: "($self, /)", doc: "Return hash(self)." },
    MethodDef { name: "__reduce__", func: method_reduce, flags: 0, sig: "", doc: "" },
    MethodDef { name: "__getattribute__", func: method_getattribute, flags: 0, sig: "($self, name, /)", doc: "Return getattr(self, name)." },
    MethodDef { name: "__getattr__", func: method_getattr, flags: 0, sig: "($self, name, /)", doc: "Return getattr(self.__func__, name)." },
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__func__", get: get_func, set: Some(readonly), doc: "the function (or other callable) implementing a method" },
    GetSetDef { name: "__self__", get: get_self, set: Some(readonly), doc: "the instance to which a method is bound" },
    GetSetDef { name: "__doc__", get: get_doc, set: None, doc: "Create a bound instance method object." },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.method.clone();
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
}
