//! Calling objects: functions, builtins, bound methods, types (`__new__` + `__init__`) and
//! instances with `__call__`.

use crate::error::PyResult;
use crate::object::{ObjRef, Payload};
use crate::objects::native::{mflags, Args};
use crate::objects::typeobj::type_data;
use crate::protocol::attr;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Calls `f` with positional arguments.
    pub fn call(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_args(f, Args::new(args))
    }

    /// Calls `f` with vectorcall-style arguments.
    pub fn call_args(&mut self, f: &Value, args: Args) -> PyResult<Value> {
        let Value::Obj(o) = f else {
            let tn = self.type_name(f);
            return Err(self.type_error(format!("'{tn}' object is not callable")));
        };
        match &o.payload {
            Payload::Function(_) => crate::interp::call_function(self, o, args.values, args.kwnames),
            Payload::Builtin(b) => {
                let func = b.func;
                if let (Some(this), false) = (&b.this, b.bound_is_module) {
                    let mut v = Vec::with_capacity(args.values.len() + 1);
                    v.push(this.clone());
                    v.extend_from_slice(args.values);
                    return func(self, Args::with_kw(&v, args.kwnames));
                }
                if let (Some(owner), None) = (&b.owner, &b.this) {
                    if b.flags & (mflags::STATIC | mflags::CLASS) == 0 && b.name != "__new__" {
                        let name = b.name;
                        match args.pos().first() {
                            None => {
                                let on = type_data(owner).name.borrow().clone();
                                return Err(self.type_error(format!("unbound method {on}.{name}() needs an argument")));
                            }
                            Some(s) => {
                                if !self.is_instance_of(s, owner) {
                                    let on = type_data(owner).name.borrow().clone();
                                    let tn = self.type_name(s);
                                    return Err(self.type_error(format!("descriptor '{name}' for '{on}' objects doesn't apply to a '{tn}' object")));
                                }
                            }
                        }
                    }
                }
                func(self, args)
            }
            Payload::Method { func, this } => {
                let func = func.clone();
                let mut v = Vec::with_capacity(args.values.len() + 1);
                v.push(this.clone());
                v.extend_from_slice(args.values);
                self.call_args(&func, Args::with_kw(&v, args.kwnames))
            }
            Payload::Type(_) => call_type(self, o, args),
            _ => {
                let cls = o.class();
                match attr::type_lookup_str(&cls, "__call__") {
                    Some(c) => {
                        // `__call__` may itself be a callable instance: count the nesting
                        if self.depth >= self.recursion_limit || crate::stack::remaining() < 256 * 1024 {
                            let t = self.types.recursion_error.clone();
                            return Err(self.new_error(&t, "maximum recursion depth exceeded while calling a Python object"));
                        }
                        let mut v = Vec::with_capacity(args.values.len() + 1);
                        v.push(f.clone());
                        v.extend_from_slice(args.values);
                        self.depth += 1;
                        let r = self.call_args(&c, Args::with_kw(&v, args.kwnames));
                        self.depth -= 1;
                        r
                    }
                    None => {
                        let tn = self.type_name(f);
                        Err(self.type_error(format!("'{tn}' object is not callable")))
                    }
                }
            }
        }
    }

    /// Calls a method by name: `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name);
        let (m, this) = attr::load_method(self, obj, &n)?;
        match this {
            Some(s) => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(s);
                v.extend_from_slice(args);
                self.call(&m, &v)
            }
            None => self.call(&m, args),
        }
    }

    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Function(_) | Payload::Builtin(_) | Payload::Method { .. } | Payload::Type(_) => true,
                _ => attr::type_lookup_str(&o.class(), "__call__").is_some(),
            },
            _ => false,
        }
    }
}

/// `type.__call__`: `cls.__new__(cls, ...)` then `__init__` when the result is an instance.
pub fn call_type(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    // type(x) with one argument
    if cls.is(&vm.types.type_) && args.len() == 1 && !args.has_kwargs() {
        return Ok(Value::Obj(vm.type_of(&args.values[0])));
    }
    let meta = cls.class();
    if !meta.is(&vm.types.type_) {
        // a metaclass may override __call__
        if let Some(c) = attr::type_lookup_str(&meta, "__call__") {
            let is_type_call =
                matches!(&c, Value::Obj(o) if matches!(&o.payload, Payload::Builtin(b) if b.owner.as_ref().map(|t| t.is(&vm.types.type_)).unwrap_or(false)));
            if !is_type_call {
                let mut v = Vec::with_capacity(args.values.len() + 1);
                v.push(Value::Obj(cls.clone()));
                v.extend_from_slice(args.values);
                return vm.call_args(&c, Args::with_kw(&v, args.kwnames));
            }
        }
    }
    type_call_default(vm, cls, args)
}

/// A plain instance of a user class: its `__dict__` (created on first use) and `__slots__` cells.
pub fn alloc_instance(cls: &ObjRef) -> ObjRef {
    let td = type_data(cls);
    let slots: Vec<crate::object::ObjCell> = (0..td.nslots).map(|_| crate::object::ObjCell::new(None)).collect();
    let ext = crate::object::InstanceExt { dict: crate::object::ObjCell::new(None), slots: slots.into_boxed_slice() };
    ObjRef::with_ext(cls.clone(), Payload::Plain, Some(Box::new(ext)))
}

/// Is `v` one of `object`'s own native methods (`object.__new__`, `object.__init__`, …)?
pub fn is_object_method(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&o.payload, Payload::Builtin(b) if b.owner.as_ref().map(|t| t.is(&vm.types.object)).unwrap_or(false)))
}

pub fn type_call_default(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    let new = attr::type_lookup_str(cls, "__new__");
    let Some(new) = new else {
        let n = type_data(cls).name.borrow().clone();
        return Err(vm.type_error(format!("cannot create '{n}' instances")));
    };
    let new = match &new {
        Value::Obj(o) => match &o.payload {
            Payload::StaticMethod(f) => f.borrow().clone(),
            _ => new.clone(),
        },
        _ => new,
    };
    let mut v = Vec::with_capacity(args.values.len() + 1);
    v.push(Value::Obj(cls.clone()));
    v.extend_from_slice(args.values);
    // fast path: a plain user class whose __init__ is a Python function and whose __new__ is
    // object's — object.__new__ would accept the arguments and just allocate
    let init = attr::type_lookup_str(cls, "__init__");
    let td = type_data(cls);
    let object_new = is_object_method(vm, &new);
    let py_init = matches!(&init, Some(Value::Obj(o)) if matches!(o.payload, Payload::Function(_)));
    if object_new && py_init && td.layout == crate::objects::typeobj::Layout::Object && !td.has(crate::objects::typeobj::tflags::IS_ABSTRACT) {
        let obj = Value::Obj(alloc_instance(cls));
        v[0] = obj.clone();
        let r = vm.call_args(init.as_ref().unwrap_or(&Value::None), Args::with_kw(&v, args.kwnames))?;
        if !r.is_none() {
            let tn = vm.type_name(&r);
            return Err(vm.type_error(format!("__init__() should return None, not '{tn}'")));
        }
        return Ok(obj);
    }
    let obj = vm.call_args(&new, Args::with_kw(&v, args.kwnames))?;
    if !vm.is_instance_of(&obj, cls) {
        return Ok(obj);
    }
    let ocls = vm.type_of(&obj);
    if let Some(init) = attr::type_lookup_str(&ocls, "__init__") {
        // object.__init__ does nothing and accepts any arguments when __new__ is overridden
        if is_object_method(vm, &init) && !attr::type_lookup_str(&ocls, "__new__").map(|n| is_object_method(vm, &n)).unwrap_or(true) {
            return Ok(obj);
        }
        v[0] = obj.clone();
        let r = vm.call_args(&init, Args::with_kw(&v, args.kwnames))?;
        if !r.is_none() {
            let tn = vm.type_name(&r);
            return Err(vm.type_error(format!("__init__() should return None, not '{tn}'")));
        }
    }
    Ok(obj)
}
