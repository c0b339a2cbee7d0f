//! `types.GenericAlias` (PEP 585): what `list[int]`, `dict[str, int]`, `tuple[()]` return from
//! `__class_getitem__` — origin/args/parameters, CPython's repr, equality and hashing, calling,
//! `__mro_entries__`, attribute delegation to the origin and TypeVar substitution.

use super::util::{clinic_args, onearg, wrap1, wrap_args};
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::objects::typeobj::{c3_mro, tflags, type_data, Layout, TypeData};
use rpy_vm::protocol::{attr, repr};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;

/// The state of a GenericAlias object.
pub struct AliasData {
    pub origin: Value,
    /// always a tuple
    pub args: Value,
    parameters: RefCell<Option<Value>>,
    pub starred: bool,
}

thread_local! {
    /// (address of the Vm's `list` type, GenericAlias type) — one per interpreter. Never
    /// dropped: thread-local destructors must not free objects.
    static ALIAS_TYPE: RefCell<Vec<(usize, ManuallyDrop<ObjRef>)>> = const { RefCell::new(Vec::new()) };
}

/// Creates a static (non-heap) type object deriving from `object`.
pub fn new_native_type(vm: &mut Vm, name: &str, module: &str, flags: u32) -> ObjRef {
    let dict = vm.new_dict_obj();
    let base = vm.types.object.clone();
    let td = TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(vec![base.clone()]),
        mro: RefCell::new(Vec::new()),
        dict: dict.clone(),
        flags: Cell::new(flags | tflags::IMMUTABLE),
        version: Cell::new(rpy_vm::objects::typeobj::next_version()),
        layout: Layout::Special,
        nslots: 0,
        instance_dict: false,
        doc: None,
        subclasses: RefCell::new(Vec::new()),
        cache: RefCell::new(Default::default()),
    };
    let cls = ObjRef::new(vm.types.type_.clone(), Payload::Type(Box::new(td)));
    let mro = c3_mro(&cls, &[base.clone()]).unwrap_or_else(|| vec![cls.clone()]);
    *type_data(&cls).mro.borrow_mut() = mro;
    type_data(&base).subclasses.borrow_mut().push(cls.clone());
    let m = vm.new_str(module);
    vm.dict_set_str(&dict, "__module__", m);
    vm.dict_set_str(&dict, "__doc__", Value::None);
    cls
}

/// The `types.GenericAlias` type of this interpreter.
pub fn alias_type(vm: &Vm) -> Option<ObjRef> {
    let key = vm.types.list.addr();
    ALIAS_TYPE.with(|t| t.borrow().iter().find(|(k, _)| *k == key).map(|(_, t)| ObjRef::clone(t)))
}

fn alias_data(v: &Value) -> Option<&AliasData> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(b) => b.downcast_ref::<AliasData>(),
            _ => None,
        },
        _ => None,
    }
}

fn this_alias<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a AliasData> {
    match alias_data(v) {
        Some(d) => Ok(d),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'types.GenericAlias' object but received a '{tn}'")))
        }
    }
}

fn as_tuple(vm: &Vm, v: &Value) -> Value {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => v.clone(),
        _ => vm.new_tuple(vec![v.clone()]),
    }
}

fn tuple_items(v: &Value) -> Vec<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => vec![v.clone()],
        },
        _ => vec![v.clone()],
    }
}

/// `Py_GenericAlias(origin, args)`.
pub fn new_alias(vm: &mut Vm, origin: Value, args: &Value, starred: bool) -> PyResult<Value> {
    let Some(t) = alias_type(vm) else {
        return Err(vm.system_error("GenericAlias type not initialised"));
    };
    let args = as_tuple(vm, args);
    let data = AliasData { origin, args, parameters: RefCell::new(None), starred };
    Ok(Value::Obj(ObjRef::new(t, Payload::Native(Box::new(data)))))
}

/// `__class_getitem__` of the builtin generic containers.
pub fn class_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.values[0].clone();
    let qual = match &cls {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => format!("{}.__class_getitem__", type_data(o).name.borrow()),
        _ => "__class_getitem__".to_string(),
    };
    let item = onearg(vm, &a, &qual)?;
    new_alias(vm, cls, &item, false)
}

fn ga_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(base) = alias_type(vm) else {
        return Err(vm.system_error("GenericAlias type not initialised"));
    };
    let cls = crate::types::object::new_cls(vm, &a, &base, "GenericAlias")?;
    let rest = clinic_args(vm, &a, "GenericAlias", 2, 2)?;
    let (origin, args) = (rest[0].clone(), as_tuple(vm, &rest[1]));
    let data = AliasData { origin, args, parameters: RefCell::new(None), starred: false };
    Ok(Value::Obj(crate::types::object::alloc(vm, &cls, Payload::Native(Box::new(data)))))
}

fn repr_item(vm: &mut Vm, p: &Value) -> PyResult<String> {
    if let Value::Obj(o) = p {
        if o.is(&vm.ellipsis_obj) {
            return Ok("...".into());
        }
    }
    if attr::getattr_str_opt(vm, p, "__origin__")?.is_some() && attr::getattr_str_opt(vm, p, "__args__")?.is_some() {
        return repr::repr(vm, p);
    }
    let Some(qualname) = attr::getattr_str_opt(vm, p, "__qualname__")? else {
        return repr::repr(vm, p);
    };
    let module = attr::getattr_str_opt(vm, p, "__module__")?;
    match module {
        None | Some(Value::None) => repr::repr(vm, p),
        Some(m) => {
            let q = vm.to_string(&qualname)?;
            if let Value::Obj(mo) = &m {
                if let Payload::Str(s) = &mo.payload {
                    if s.as_str() == "builtins" {
                        return Ok(q);
                    }
                }
            }
            let ms = vm.to_string(&m)?;
            Ok(format!("{ms}.{q}"))
        }
    }
}

fn ga_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__repr__", 0)?;
    let d = this_alias(vm, &a.values[0])?;
    let (origin, args, starred) = (d.origin.clone(), tuple_items(&d.args), d.starred);
    let mut out = String::new();
    if starred {
        out.push('*');
    }
    out.push_str(&repr_item(vm, &origin)?);
    out.push('[');
    for (i, p) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let list_items = match p {
            Value::Obj(o) if o.with_class(|c| c.is(&vm.types.list)) => match &o.payload {
                Payload::List(l) => Some(l.borrow().clone()),
                _ => None,
            },
            _ => None,
        };
        match list_items {
            Some(items) => {
                out.push('[');
                for (j, x) in items.iter().enumerate() {
                    if j > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&repr_item(vm, x)?);
                }
                out.push(']');
            }
            None => out.push_str(&repr_item(vm, p)?),
        }
    }
    if args.is_empty() {
        out.push_str("()");
    }
    out.push(']');
    Ok(vm.new_string(out))
}

/// `_Py_make_parameters`: the type variables among (and inside) `args`, without duplicates.
fn make_parameters(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    for t in args {
        if matches!(t, Value::Obj(o) if matches!(o.payload, Payload::Type(_))) {
            continue;
        }
        if attr::getattr_str_opt(vm, t, "__typing_subst__")?.is_some() {
            if !out.iter().any(|x| x.is(t)) {
                out.push(t.clone());
            }
        } else if let Some(sub) = attr::getattr_str_opt(vm, t, "__parameters__")? {
            if let Value::Obj(so) = &sub {
                if let Payload::Tuple(items) = &so.payload {
                    for x in items.iter() {
                        if !out.iter().any(|y| y.is(x)) {
                            out.push(x.clone());
                        }
                    }
                }
            }
        }
    }
    Ok(out)
}

fn parameters(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = this_alias(vm, v)?;
    if let Some(p) = d.parameters.borrow().clone() {
        return Ok(p);
    }
    let args = tuple_items(&d.args);
    let ps = make_parameters(vm, &args)?;
    let t = vm.new_tuple(ps);
    *d.parameters.borrow_mut() = Some(t.clone());
    Ok(t)
}

fn ga_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let item = wrap1(vm, &a, "__getitem__")?;
    let this = a.values[0].clone();
    let params = tuple_items(&parameters(vm, &this)?);
    if params.is_empty() {
        let r = repr::repr(vm, &this)?;
        return Err(vm.type_error(format!("{r} is not a generic class")));
    }
    let mut item = item;
    for p in params.clone() {
        if let Some(prep) = attr::getattr_str_opt(vm, &p, "__typing_prepare_subst__")? {
            item = vm.call(&prep, &[this.clone(), item])?;
        }
    }
    let argitems = tuple_items(&item);
    if argitems.len() != params.len() {
        let r = repr::repr(vm, &this)?;
        let which = if argitems.len() > params.len() { "many" } else { "few" };
        return Err(vm.type_error(format!("Too {which} arguments for {r}; actual {}, expected {}", argitems.len(), params.len())));
    }
    let d = this_alias(vm, &this)?;
    let (origin, args, starred) = (d.origin.clone(), tuple_items(&d.args), d.starred);
    let mut newargs = Vec::with_capacity(args.len());
    for arg in args {
        if matches!(&arg, Value::Obj(o) if matches!(o.payload, Payload::Type(_))) {
            newargs.push(arg);
            continue;
        }
        if let Some(subst) = attr::getattr_str_opt(vm, &arg, "__typing_subst__")? {
            let i = params.iter().position(|p| p.is(&arg)).unwrap_or(0);
            newargs.push(vm.call(&subst, &[argitems[i].clone()])?);
            continue;
        }
        newargs.push(subs_tvars(vm, &arg, &params, &argitems)?);
    }
    let t = vm.new_tuple(newargs);
    new_alias(vm, origin, &t, starred)
}

/// Substitutes type variables inside a nested generic (`list[T]` within `dict[str, list[T]]`).
fn subs_tvars(vm: &mut Vm, obj: &Value, params: &[Value], argitems: &[Value]) -> PyResult<Value> {
    let Some(sub) = attr::getattr_str_opt(vm, obj, "__parameters__")? else { return Ok(obj.clone()) };
    let subparams = match &sub {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => return Ok(obj.clone()),
        },
        _ => return Ok(obj.clone()),
    };
    if subparams.is_empty() {
        return Ok(obj.clone());
    }
    let mut subargs = Vec::with_capacity(subparams.len());
    for p in &subparams {
        match params.iter().position(|x| x.is(p)) {
            Some(j) => subargs.push(argitems[j].clone()),
            None => subargs.push(p.clone()),
        }
    }
    let key = vm.new_tuple(subargs);
    rpy_vm::protocol::seq::getitem(vm, obj, &key)
}

fn ga_eq_impl(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (alias_data(a), alias_data(b)) else { return Ok(None) };
    if x.starred != y.starred {
        return Ok(Some(false));
    }
    let (xo, yo, xa, ya) = (x.origin.clone(), y.origin.clone(), x.args.clone(), y.args.clone());
    if !vm.eq(&xo, &yo)? {
        return Ok(Some(false));
    }
    Ok(Some(vm.eq(&xa, &ya)?))
}

fn ga_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__eq__")?;
    match ga_eq_impl(vm, &a.values[0], &other)? {
        Some(b) => Ok(Value::Bool(b)),
        None => Ok(vm.not_implemented()),
    }
}

fn ga_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__ne__")?;
    match ga_eq_impl(vm, &a.values[0], &other)? {
        Some(b) => Ok(Value::Bool(!b)),
        None => Ok(vm.not_implemented()),
    }
}

fn ga_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__hash__", 0)?;
    let d = this_alias(vm, &a.values[0])?;
    let (o, args) = (d.origin.clone(), d.args.clone());
    let h0 = vm.hash(&o)?;
    let h1 = vm.hash(&args)?;
    let h = h0 ^ h1;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn ga_call(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.values[0].clone();
    let origin = this_alias(vm, &this)?.origin.clone();
    let obj = vm.call_args(&origin, Args::with_kw(&a.values[1..], a.kwnames))?;
    let name = vm.intern("__orig_class__");
    if let Err(e) = attr::setattr(vm, &obj, &name, Some(this)) {
        let (ae, te) = (vm.types.attribute_error.clone(), vm.types.type_error.clone());
        let ok = e.0.with_class(|c| rpy_vm::objects::typeobj::is_subtype(c, &ae) || rpy_vm::objects::typeobj::is_subtype(c, &te));
        if !ok {
            return Err(e);
        }
    }
    Ok(obj)
}

fn ga_mro_entries(vm: &mut Vm, a: Args) -> PyResult<Value> {
    onearg(vm, &a, "__mro_entries__")?;
    let origin = this_alias(vm, &a.values[0])?.origin.clone();
    Ok(vm.new_tuple(vec![origin]))
}

fn ga_instancecheck(vm: &mut Vm, a: Args) -> PyResult<Value> {
    onearg(vm, &a, "__instancecheck__")?;
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &mut Vm, a: Args) -> PyResult<Value> {
    onearg(vm, &a, "__subclasscheck__")?;
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn ga_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::util::noargs(vm, &a, "__reduce__")?;
    let this = a.values[0].clone();
    let d = this_alias(vm, &this)?;
    let (origin, args) = (d.origin.clone(), d.args.clone());
    let cls = vm.type_of(&this);
    let inner = vm.new_tuple(vec![origin, args]);
    Ok(vm.new_tuple(vec![Value::Obj(cls), inner]))
}

const ATTR_EXCEPTIONS: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

fn ga_getattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = wrap1(vm, &a, "__getattr__")?;
    let this = a.values[0].clone();
    let n = match &name {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => vm.str_of(o),
        _ => String::new(),
    };
    let nobj = vm.intern(&n);
    if ATTR_EXCEPTIONS.contains(&n.as_str()) {
        return Err(attr::attr_error(vm, &this, &nobj));
    }
    let origin = this_alias(vm, &this)?.origin.clone();
    attr::getattr(vm, &origin, &nobj)
}

fn ga_dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::util::noargs(vm, &a, "__dir__")?;
    let origin = this_alias(vm, &a.values[0])?.origin.clone();
    let d = vm.call_method(&origin, "__dir__", &[])?;
    let mut items = rpy_vm::protocol::seq::to_vec(vm, &d)?;
    for name in ATTR_EXCEPTIONS {
        let s = vm.new_str(name);
        let mut found = false;
        for x in &items {
            if vm.eq(x, &s)? {
                found = true;
                break;
            }
        }
        if !found {
            items.push(s);
        }
    }
    Ok(vm.new_list(items))
}

fn get_origin(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this_alias(vm, v)?.origin.clone())
}

fn get_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this_alias(vm, v)?.args.clone())
}

fn get_parameters(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    parameters(vm, v)
}

fn get_unpacked(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(this_alias(vm, v)?.starred))
}

fn get_unpacked_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = this_alias(vm, v)?;
    if d.starred && matches!(&d.origin, Value::Obj(o) if o.is(&vm.types.tuple)) {
        return Ok(d.args.clone());
    }
    Ok(Value::None)
}

fn readonly(vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: ga_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef { name: "__repr__", func: ga_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__hash__", func: ga_hash, flags: 0, sig: "($self, /)", doc: "Return hash(self)." },
    MethodDef { name: "__call__", func: ga_call, flags: 0, sig: "($self, /, *args, **kwargs)", doc: "Call self as a function." },
    MethodDef { name: "__getattr__", func: ga_getattr, flags: 0, sig: "($self, name, /)", doc: "Return getattr(self, name)." },
    MethodDef { name: "__eq__", func: ga_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: ga_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__getitem__", func: ga_getitem, flags: 0, sig: "($self, key, /)", doc: "Return self[key]." },
    MethodDef { name: "__mro_entries__", func: ga_mro_entries, flags: 0, sig: "", doc: "" },
    MethodDef { name: "__instancecheck__", func: ga_instancecheck, flags: 0, sig: "", doc: "" },
    MethodDef { name: "__subclasscheck__", func: ga_subclasscheck, flags: 0, sig: "", doc: "" },
    MethodDef { name: "__reduce__", func: ga_reduce, flags: 0, sig: "", doc: "" },
    MethodDef { name: "__dir__", func: ga_dir, flags: 0, sig: "", doc: "" },
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__origin__", get: get_origin, set: Some(readonly), doc: "" },
    GetSetDef { name: "__args__", get: get_args, set: Some(readonly), doc: "" },
    GetSetDef { name: "__unpacked__", get: get_unpacked, set: Some(readonly), doc: "" },
    GetSetDef { name: "__parameters__", get: get_parameters, set: None, doc: "Type variables in the GenericAlias." },
    GetSetDef { name: "__typing_unpacked_tuple_args__", get: get_unpacked_args, set: None, doc: "" },
];

pub fn init(vm: &mut Vm) {
    let t = new_native_type(vm, "GenericAlias", "types", tflags::BASETYPE);
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
    let doc = vm.new_str("Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).");
    vm.type_set_attr(&t, "__doc__", doc);
    let key = vm.types.list.addr();
    ALIAS_TYPE.with(|a| {
        let mut a = a.borrow_mut();
        a.retain(|(k, _)| *k != key);
        a.push((key, ManuallyDrop::new(t)));
    });
}
