//! `type`: class creation (`type(name, bases, ns)`, metaclasses, `__slots__`,
//! `__init_subclass__`, `__set_name__`, `__classcell__`), `__build_class__`, and the type's
//! own attributes (`__name__`, `__mro__`, `__dict__`, …) and methods.

use crate::args;
use crate::types::{layout, mro};
use rpy_vm::object::{ObjCell, ObjRef};
use rpy_vm::objects::dict::DictData;
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::objects::typeobj::{c3_mro, is_subtype, tflags, type_data, Layout, TypeData};
use rpy_vm::protocol::{attr, dictops, seq};
use rpy_vm::{Payload, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

fn as_type(v: &Value) -> Option<&ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => Some(o),
        _ => None,
    }
}

/// The most derived metaclass among `meta` and the bases' metaclasses.
fn calculate_meta(vm: &mut Vm, meta: &ObjRef, bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut winner = meta.clone();
    for b in bases {
        let bm = b.class();
        if is_subtype(&winner, &bm) {
            continue;
        }
        if is_subtype(&bm, &winner) {
            winner = bm;
            continue;
        }
        return Err(vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
    }
    Ok(winner)
}

/// The layout (solid base) instances of a class with these bases need.
fn best_layout(vm: &mut Vm, bases: &[ObjRef]) -> PyResult<Layout> {
    let mut layout = Layout::Object;
    let mut layout_base: Option<ObjRef> = None;
    for b in bases {
        let bl = type_data(b).layout;
        if bl == Layout::Object {
            continue;
        }
        match &layout_base {
            None => {
                layout = bl;
                layout_base = Some(b.clone());
            }
            Some(lb) => {
                if bl != layout && !is_subtype(b, lb) && !is_subtype(lb, b) {
                    return Err(vm.type_error("multiple bases have instance lay-out conflict"));
                }
                if is_subtype(b, lb) {
                    layout = bl;
                    layout_base = Some(b.clone());
                }
            }
        }
    }
    Ok(layout)
}

/// `type.__new__(meta, name, bases, namespace, **kwargs)`.
pub fn type_new(vm: &mut Vm, meta: &ObjRef, name: &str, bases_v: Vec<Value>, ns: &ObjRef, kwargs: &[(Value, Value)]) -> PyResult<Value> {
    // the metaclass is determined from the bases' types first (CPython's order of checks)
    {
        let mut winner = meta.clone();
        for b in &bases_v {
            let bm = vm.type_of(b);
            if is_subtype(&winner, &bm) {
                continue;
            }
            if is_subtype(&bm, &winner) {
                winner = bm;
                continue;
            }
            return Err(
                vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
            );
        }
    }
    let mut bases: Vec<ObjRef> = Vec::new();
    for b in &bases_v {
        match as_type(b) {
            Some(t) => bases.push(t.clone()),
            None => {
                // __mro_entries__ is resolved by __build_class__; anything else is an error
                let tn = vm.type_name(b);
                let _ = tn;
                return Err(vm.type_error("bases must be types"));
            }
        }
    }
    for b in &bases {
        let td = type_data(b);
        if !td.has(tflags::BASETYPE) {
            let n = td.name.borrow().clone();
            return Err(vm.type_error(format!("type '{n}' is not an acceptable base type")));
        }
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            let n = type_data(b).name.borrow().clone();
            return Err(vm.type_error(format!("duplicate base class {n}")));
        }
    }
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    let meta = calculate_meta(vm, meta, &bases)?;
    let layout = best_layout(vm, &bases)?;
    // copy the namespace into a fresh dict
    let dict = vm.new_dict_obj();
    let items = dictops::mapping_items(vm, &Value::Obj(ns.clone()))?;
    for (k, v) in items {
        dictops::dict_setitem(vm, &dict, k, v)?;
    }
    // __slots__ (CPython's type_new_slots: what the best base already gives instances decides
    // whether `__dict__`/`__weakref__` may be added)
    let base = layout::best_base(vm, &bases)?.unwrap_or_else(|| vm.types.object.clone());
    let slots_v = vm.dict_get_str(&dict, "__slots__");
    let base_nslots: usize = bases.iter().map(|b| type_data(b).nslots).max().unwrap_or(0);
    let base_has_dict = bases.iter().any(layout::has_instance_dict);
    let may_add_dict = !layout::has_instance_dict(&base);
    let may_add_weak = !layout::has_weakref_slot(vm, &base) && !layout::is_var_sized(type_data(&base).layout);
    let mut slot_names: Vec<String> = Vec::new();
    let mut wants_dict = slots_v.is_none() && may_add_dict;
    let mut wants_weak = slots_v.is_none() && may_add_weak;
    if let Some(sv) = &slots_v {
        let names = match sv {
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => vec![sv.clone()],
            _ => seq::to_vec(vm, sv)?,
        };
        if !names.is_empty() && layout::is_var_sized(type_data(&base).layout) {
            let bn = type_data(&base).name.borrow().clone();
            return Err(vm.type_error(format!("nonempty __slots__ not supported for subtype of '{bn}'")));
        }
        for n in names {
            let Some(s) = args::str_obj(&n).cloned() else {
                let tn = vm.type_name(&n);
                return Err(vm.type_error(format!("__slots__ items must be strings, not '{tn}'")));
            };
            let s = vm.str_of(&s);
            if !is_identifier(&s) {
                return Err(vm.type_error("__slots__ must be identifiers"));
            }
            if s == "__dict__" {
                if !may_add_dict || wants_dict {
                    return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
                }
                wants_dict = true;
                continue;
            }
            if s == "__weakref__" {
                if !may_add_weak || wants_weak {
                    return Err(vm.type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"));
                }
                wants_weak = true;
                continue;
            }
            let mangled = rpy_vm::compiler::symtable::mangle(name, &s);
            // the compiler's own __qualname__/__classcell__ entries are removed below
            if mangled != "__qualname__" && mangled != "__classcell__" && vm.dict_get_str(&dict, &mangled).is_some() {
                return Err(vm.value_error(format!("'{s}' in __slots__ conflicts with class variable")));
            }
            slot_names.push(mangled);
        }
    }
    if name.contains('\0') {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    let instance_dict = wants_dict || base_has_dict;
    let nslots = base_nslots + slot_names.len();
    // __qualname__ and __module__
    let qualname = match vm.dict_get_str(&dict, "__qualname__") {
        Some(q) => match args::str_obj(&q) {
            Some(qs) => {
                let s = vm.str_of(qs);
                let k = vm.new_str("__qualname__");
                dictops::dict_pop(vm, &dict, &k)?;
                s
            }
            None => {
                let tn = vm.type_name(&q);
                return Err(vm.type_error(format!("type __qualname__ must be a str, not {tn}")));
            }
        },
        None => name.to_string(),
    };
    if vm.dict_get_str(&dict, "__module__").is_none() {
        // type(name, bases, ns) called directly: the caller's module
        let g = vm.caller_globals.take();
        if let Some(m) = g.and_then(|g| vm.dict_get_str(&g, "__name__")) {
            vm.dict_set_str(&dict, "__module__", m);
        }
    }
    // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods
    if let Some(Value::Obj(f)) = vm.dict_get_str(&dict, "__new__") {
        if matches!(f.payload, Payload::Function(_)) {
            let smt = vm.types.staticmethod.clone();
            let sm = Value::Obj(crate::types::object::alloc(vm, &smt, Payload::StaticMethod(RefCell::new(Value::Obj(f.clone())))));
            vm.dict_set_str(&dict, "__new__", sm);
        }
    }
    for cm_name in ["__init_subclass__", "__class_getitem__"] {
        if let Some(Value::Obj(f)) = vm.dict_get_str(&dict, cm_name) {
            if matches!(f.payload, Payload::Function(_)) {
                let cmt = vm.types.classmethod.clone();
                let cm = Value::Obj(crate::types::object::alloc(vm, &cmt, Payload::ClassMethod(RefCell::new(Value::Obj(f.clone())))));
                vm.dict_set_str(&dict, cm_name, cm);
            }
        }
    }
    let mut flags = tflags::BASETYPE | tflags::HEAPTYPE;
    for b in &bases {
        flags |= type_data(b).flags.get() & (tflags::SEQUENCE | tflags::MAPPING);
    }
    if vm.dict_get_str(&dict, "__eq__").is_some() && vm.dict_get_str(&dict, "__hash__").is_none() {
        vm.dict_set_str(&dict, "__hash__", Value::None);
    }
    let td = TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(qualname),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(Vec::new()),
        dict: dict.clone(),
        flags: Cell::new(flags),
        version: Cell::new(rpy_vm::objects::typeobj::next_version()),
        layout,
        nslots,
        instance_dict,
        doc: None,
        subclasses: RefCell::new(Vec::new()),
        cache: RefCell::new(Default::default()),
    };
    let ext = Some(Box::new(rpy_vm::object::InstanceExt { dict: ObjCell::new(None), slots: Box::new([]) }));
    let cls = ObjRef::with_ext(meta.clone(), Payload::Type(Box::new(td)), ext);
    // __classcell__ (set before mro() runs, as CPython does)
    if let Some(cell) = vm.dict_get_str(&dict, "__classcell__") {
        match &cell {
            Value::Obj(c) if matches!(c.payload, Payload::Cell(_)) => {
                if let Payload::Cell(cc) = &c.payload {
                    *cc.borrow_mut() = Some(Value::Obj(cls.clone()));
                }
                let k = vm.new_str("__classcell__");
                dictops::dict_pop(vm, &dict, &k)?;
            }
            _ => {
                let tr = rpy_vm::protocol::repr::repr(vm, &Value::Obj(vm.type_of(&cell)))?;
                return Err(vm.type_error(format!("__classcell__ must be a nonlocal cell, not {tr}")));
            }
        }
    }
    // MRO (a metaclass may define mro())
    let mro = mro::compute(vm, &cls)?;
    *type_data(&cls).mro.borrow_mut() = mro;
    for b in &bases {
        type_data(b).subclasses.borrow_mut().push(cls.clone());
    }
    attr::type_modified(vm, &cls);
    // abstract methods
    update_abstract(vm, &cls)?;
    // slot member descriptors
    for (i, s) in slot_names.iter().enumerate() {
        let n = vm.intern(s);
        let m = ObjRef::new(vm.types.member_descriptor.clone(), Payload::Member { name: n, index: base_nslots + i, owner: cls.clone() });
        vm.dict_set_str(&dict, s, Value::Obj(m));
    }
    if instance_dict && !base_has_dict {
        vm.add_getsets(&cls, crate::types::object::DICT_GETSET);
    }
    if wants_weak {
        vm.add_getsets(&cls, crate::types::object::WEAKREF_GETSET);
    }
    if vm.dict_get_str(&dict, "__doc__").is_none() {
        vm.dict_set_str(&dict, "__doc__", Value::None);
    }
    attr::type_modified(vm, &cls);
    // __set_name__
    let entries = match &dict.payload {
        Payload::Dict(d) => d.borrow().items(),
        _ => Vec::new(),
    };
    for (k, v) in entries {
        if let Some(sn) = attr::lookup_special(vm, &v, "__set_name__") {
            if let Err(e) = vm.call(&sn, &[v.clone(), Value::Obj(cls.clone()), k.clone()]) {
                let tn = vm.type_name(&v);
                let kr = rpy_vm::protocol::repr::repr(vm, &k)?;
                let re = vm.runtime_error(format!("Error calling __set_name__ on '{tn}' instance {kr} in '{name}'"));
                if let Payload::Exception(d) = &re.0.payload {
                    d.borrow_mut().cause = Some(Value::Obj(e.0.clone()));
                    d.borrow_mut().context = Some(Value::Obj(e.0.clone()));
                }
                return Err(re);
            }
        }
    }
    // __init_subclass__ on the parent
    let cls_v = Value::Obj(cls.clone());
    let sup = rpy_vm::protocol::frameops::new_super(vm, &cls, cls_v.clone())?;
    let isc = attr::getattr_str(vm, &sup, "__init_subclass__")?;
    let kw_names: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
    let kw_vals: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
    vm.call_args(&isc, Args::with_kw(&kw_vals, &kw_names))?;
    Ok(cls_v)
}

fn update_abstract(vm: &mut Vm, cls: &ObjRef) -> PyResult<()> {
    let mut abstract_names: Vec<Value> = Vec::new();
    let entries = match &type_data(cls).dict.payload {
        Payload::Dict(d) => d.borrow().items(),
        _ => Vec::new(),
    };
    for (k, v) in &entries {
        if is_abstract(vm, v)? {
            abstract_names.push(k.clone());
        }
    }
    let bases = type_data(cls).bases.borrow().clone();
    for b in bases {
        let am = attr::getattr_str(vm, &Value::Obj(b.clone()), "__abstractmethods__").ok();
        if let Some(am) = am {
            for n in seq::to_vec(vm, &am)? {
                let Value::Obj(no) = &n else { continue };
                let v = attr::getattr_opt(vm, &Value::Obj(cls.clone()), no)?;
                if let Some(v) = v {
                    if is_abstract(vm, &v)?
                        && !abstract_names.iter().any(|x| x.is(&n) || matches!((x, &n), (Value::Obj(a), Value::Obj(b)) if vm.str_of(a) == vm.str_of(b)))
                    {
                        abstract_names.push(n.clone());
                    }
                }
            }
        }
    }
    if !abstract_names.is_empty() {
        let fs = vm.new_set_obj(true);
        for n in abstract_names {
            rpy_vm::protocol::setops::set_add(vm, &fs, n)?;
        }
        vm.dict_set_str(&type_data(cls).dict.clone(), "__abstractmethods__", Value::Obj(fs));
        attr::type_modified(vm, cls);
        let td = type_data(cls);
        td.flags.set(td.flags.get() | tflags::IS_ABSTRACT);
    }
    Ok(())
}

fn is_abstract(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    match attr::getattr_str_opt(vm, v, "__isabstractmethod__") {
        Ok(Some(x)) => vm.truthy(&x),
        Ok(None) => Ok(false),
        Err(_) => Ok(false),
    }
}

fn is_identifier(s: &str) -> bool {
    let mut c = s.chars();
    match c.next() {
        Some(f) if f == '_' || f.is_alphabetic() => c.all(|x| x == '_' || x.is_alphanumeric()),
        _ => false,
    }
}

fn type_tp_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let Some(meta) = pos.first().and_then(as_type).cloned() else { return Err(vm.type_error("type.__new__(X): X is not a type object")) };
    if pos.len() == 2 && a.kwnames.is_empty() && meta.is(&vm.types.type_) {
        return Ok(Value::Obj(vm.type_of(&pos[1])));
    }
    if pos.len() != 4 {
        return Err(vm.type_error(if meta.is(&vm.types.type_) {
            "type() takes 1 or 3 arguments".to_string()
        } else {
            format!("type.__new__() takes exactly 3 arguments ({} given)", pos.len() - 1)
        }));
    }
    let name = match args::str_obj(&pos[1]) {
        Some(s) => vm.str_of(s),
        None => {
            let tn = vm.type_name(&pos[1]);
            return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {tn}")));
        }
    };
    let bases = match &pos[2] {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => seq::to_vec(vm, &pos[2])?,
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}")));
        }
    };
    let ns = match &pos[3] {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => o.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {tn}")));
        }
    };
    let kwargs: Vec<(Value, Value)> = a.kwargs().map(|(k, v)| (k.clone(), v.clone())).collect();
    type_new(vm, &meta, &name, bases, &ns, &kwargs)
}

fn type_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = a.len() - 1;
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

fn type_call(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(cls) = a.values.first().and_then(as_type).cloned() else { return Err(vm.type_error("descriptor '__call__' requires a 'type' object")) };
    rpy_vm::protocol::call::type_call_default(vm, &cls, Args::with_kw(&a.values[1..], a.kwnames))
}

fn type_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(t) = as_type(args::this(&a)).cloned() else { return Err(vm.type_error("descriptor '__repr__' requires a 'type' object")) };
    let s = format!("<class '{}'>", rpy_vm::protocol::repr::type_qualified_name(vm, &t));
    Ok(vm.new_string(s))
}

fn type_mro(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(t) = as_type(args::this(&a)).cloned() else { return Err(vm.type_error("descriptor 'mro' requires a 'type' object")) };
    let bases = type_data(&t).bases.borrow().clone();
    let m = mro::c3(vm, &t, &bases)?;
    Ok(vm.new_list(m.into_iter().map(Value::Obj).collect()))
}

fn type_subclasses(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(t) = as_type(args::this(&a)).cloned() else { return Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object")) };
    let subs = type_data(&t).subclasses.borrow().clone();
    Ok(vm.new_list(subs.into_iter().map(Value::Obj).collect()))
}

pub use crate::types::subclass_check::{instance_check, subclass_check};

fn type_instancecheck(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = args::one_arg(vm, &a, "__instancecheck__")?;
    let this = a.values[0].clone();
    Ok(Value::Bool(crate::types::subclass_check::object_isinstance(vm, &obj, &this)?))
}

fn type_subclasscheck(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sub = args::one_arg(vm, &a, "__subclasscheck__")?;
    let this = a.values[0].clone();
    Ok(Value::Bool(crate::types::subclass_check::recursive_issubclass(vm, &sub, &this)?))
}

fn type_prepare(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.new_dict())
}

fn type_dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(t) = as_type(args::this(&a)).cloned() else { return Err(vm.type_error("descriptor '__dir__' requires a 'type' object")) };
    let d = vm.new_dict_obj();
    let mro = type_data(&t).mro.borrow().clone();
    for c in mro.iter().rev() {
        let cd = type_data(c).dict.clone();
        dictops::dict_update(vm, &d, &Value::Obj(cd))?;
    }
    let keys = match &d.payload {
        Payload::Dict(dd) => dd.borrow().keys(),
        _ => Vec::new(),
    };
    Ok(vm.new_list(keys))
}

fn type_sizeof(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let _ = vm;
    Ok(Value::Int(880))
}

macro_rules! type_getter {
    ($name:ident, |$vm:ident, $t:ident| $body:expr) => {
        fn $name($vm: &mut Vm, v: &Value) -> PyResult<Value> {
            let Some($t) = as_type(v).cloned() else { return Err($vm.type_error("descriptor requires a 'type' object")) };
            $body
        }
    };
}

type_getter!(get_name, |vm, t| {
    let n = type_data(&t).name.borrow().clone();
    Ok(vm.new_string(n))
});
type_getter!(get_qualname, |vm, t| {
    let n = type_data(&t).qualname.borrow().clone();
    Ok(vm.new_string(n))
});
type_getter!(get_bases, |vm, t| {
    let b: Vec<Value> = type_data(&t).bases.borrow().iter().cloned().map(Value::Obj).collect();
    Ok(vm.new_tuple(b))
});
type_getter!(get_base, |vm, t| Ok(layout::primary_base(vm, &t).map(Value::Obj).unwrap_or(Value::None)));
type_getter!(get_mro, |vm, t| {
    let m: Vec<Value> = type_data(&t).mro.borrow().iter().cloned().map(Value::Obj).collect();
    Ok(vm.new_tuple(m))
});
type_getter!(get_dict, |vm, t| {
    let _ = &vm;
    Ok(Value::Obj(ObjRef::new(vm.types.mappingproxy.clone(), Payload::MappingProxy(Value::Obj(type_data(&t).dict.clone())))))
});
type_getter!(get_module, |vm, t| {
    match vm.dict_get_str(&type_data(&t).dict, "__module__") {
        Some(m) if type_data(&t).has(tflags::HEAPTYPE) || matches!(&m, Value::Obj(o) if matches!(o.payload, Payload::Str(_))) => Ok(m),
        _ => Ok(vm.new_str("builtins")),
    }
});
type_getter!(get_doc, |vm, t| {
    match vm.dict_get_str(&type_data(&t).dict, "__doc__") {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::GetSet(_)) && !type_data(&t).has(tflags::HEAPTYPE) => match &g.payload {
            Payload::GetSet(gs) => Ok(gs.doc.map(|d| vm.new_str(d)).unwrap_or(Value::None)),
            _ => Ok(Value::None),
        },
        Some(d) => {
            if let Some(get) = attr::lookup_special(vm, &d, "__get__") {
                if !matches!(&d, Value::Obj(o) if matches!(o.payload, Payload::Str(_))) {
                    return vm.call(&get, &[d.clone(), Value::None, Value::Obj(t.clone())]);
                }
            }
            Ok(d)
        }
        None => Ok(Value::None),
    }
});
type_getter!(get_abstractmethods, |vm, t| {
    match vm.dict_get_str(&type_data(&t).dict, "__abstractmethods__") {
        Some(d) if !t.is(&vm.types.type_) => Ok(d),
        _ => Err(vm.attribute_error("__abstractmethods__")),
    }
});
type_getter!(get_annotations, |vm, t| {
    let d = type_data(&t).dict.clone();
    match vm.dict_get_str(&d, "__annotations__") {
        Some(a) => Ok(a),
        None => {
            if !type_data(&t).has(tflags::HEAPTYPE) {
                let n = type_data(&t).name.borrow().clone();
                return Err(vm.attribute_error(format!("type object '{n}' has no attribute '__annotations__'")));
            }
            let a = vm.new_dict();
            vm.dict_set_str(&d, "__annotations__", a.clone());
            Ok(a)
        }
    }
});

fn heap_only(vm: &mut Vm, t: &ObjRef, what: &str) -> PyResult<()> {
    if !type_data(t).has(tflags::HEAPTYPE) {
        let n = type_data(t).name.borrow().clone();
        return Err(vm.type_error(format!("cannot set '{what}' attribute of immutable type '{n}'")));
    }
    Ok(())
}

fn set_name(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(t) = as_type(v).cloned() else { return Err(vm.type_error("descriptor requires a 'type' object")) };
    heap_only(vm, &t, "__name__")?;
    match new.as_ref().and_then(args::str_obj) {
        Some(s) => {
            let s = vm.str_of(s);
            if s.contains('\0') {
                return Err(vm.value_error("type name must not contain null characters"));
            }
            *type_data(&t).name.borrow_mut() = s;
            Ok(())
        }
        None => {
            let n = type_data(&t).name.borrow().clone();
            match new {
                None => Err(vm.type_error(format!("cannot delete '__name__' attribute of immutable type '{n}'"))),
                Some(x) => {
                    let tn = vm.type_name(&x);
                    Err(vm.type_error(format!("can only assign string to {n}.__name__, not '{tn}'")))
                }
            }
        }
    }
}

fn set_qualname(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(t) = as_type(v).cloned() else { return Err(vm.type_error("descriptor requires a 'type' object")) };
    heap_only(vm, &t, "__qualname__")?;
    match new.as_ref().and_then(args::str_obj) {
        Some(s) => {
            *type_data(&t).qualname.borrow_mut() = vm.str_of(s);
            Ok(())
        }
        None => {
            let n = type_data(&t).name.borrow().clone();
            let tn = new.map(|x| vm.type_name(&x)).unwrap_or_default();
            Err(vm.type_error(format!("can only assign string to {n}.__qualname__, not '{tn}'")))
        }
    }
}

fn set_module(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(t) = as_type(v).cloned() else { return Err(vm.type_error("descriptor requires a 'type' object")) };
    heap_only(vm, &t, "__module__")?;
    let d = type_data(&t).dict.clone();
    vm.dict_set_str(&d, "__module__", new.unwrap_or(Value::None));
    attr::type_modified(vm, &t);
    Ok(())
}

fn set_doc(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(t) = as_type(v).cloned() else { return Err(vm.type_error("descriptor requires a 'type' object")) };
    heap_only(vm, &t, "__doc__")?;
    let Some(new) = new else {
        let n = type_data(&t).name.borrow().clone();
        return Err(vm.type_error(format!("cannot delete '__doc__' attribute of immutable type '{n}'")));
    };
    let d = type_data(&t).dict.clone();
    vm.dict_set_str(&d, "__doc__", new);
    attr::type_modified(vm, &t);
    Ok(())
}

fn set_bases(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(t) = as_type(v).cloned() else { return Err(vm.type_error("descriptor requires a 'type' object")) };
    heap_only(vm, &t, "__bases__")?;
    let n = type_data(&t).name.borrow().clone();
    let Some(new) = new else { return Err(vm.type_error(format!("cannot delete '__bases__' attribute of immutable type '{n}'"))) };
    let items = match &new {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => seq::to_vec(vm, &new)?,
        _ => {
            let tn = vm.type_name(&new);
            return Err(vm.type_error(format!("can only assign tuple to {n}.__bases__, not {tn}")));
        }
    };
    let mut bases = Vec::new();
    for b in items {
        match as_type(&b) {
            Some(bt) => bases.push(bt.clone()),
            None => {
                let tn = vm.type_name(&b);
                return Err(vm.type_error(format!("{n}.__bases__ must be tuple of classes, not '{tn}'")));
            }
        }
    }
    if bases.is_empty() {
        let n = type_data(&t).name.borrow().clone();
        return Err(vm.type_error(format!("can only assign non-empty tuple to {n}.__bases__, not ()")));
    }
    if bases.iter().any(|b| is_subtype(b, &t)) {
        return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
    }
    // the new bases must give instances the same layout (CPython's compatible_for_assignment)
    let new_base = layout::best_base(vm, &bases)?.unwrap_or_else(|| vm.types.object.clone());
    let old_base = layout::primary_base(vm, &t).unwrap_or_else(|| vm.types.object.clone());
    let (ns, os) = (layout::solid_base(vm, &new_base), layout::solid_base(vm, &old_base));
    let (a, b) = (type_data(&new_base).name.borrow().clone(), type_data(&old_base).name.borrow().clone());
    if !layout::same_dealloc(&new_base, &old_base) {
        return Err(vm.type_error(format!("__bases__ assignment: '{a}' deallocator differs from '{b}'")));
    }
    if !ns.is(&os) || type_data(&new_base).layout != type_data(&old_base).layout {
        return Err(vm.type_error(format!("__bases__ assignment: '{a}' object layout differs from '{b}'")));
    }
    mro::set_bases(vm, &t, bases)
}

fn set_annotations(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(t) = as_type(v).cloned() else { return Err(vm.type_error("descriptor requires a 'type' object")) };
    heap_only(vm, &t, "__annotations__")?;
    let d = type_data(&t).dict.clone();
    match new {
        Some(x) => {
            vm.dict_set_str(&d, "__annotations__", x);
            attr::type_modified(vm, &t);
        }
        None => {
            let k = vm.new_str("__annotations__");
            if dictops::dict_pop(vm, &d, &k)?.is_none() {
                return Err(vm.attribute_error("__annotations__"));
            }
        }
    }
    Ok(())
}

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: type_tp_new,
        flags: mflags::STATIC,
        sig: "(type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef {
        name: "__init__",
        func: type_init,
        flags: 0,
        sig: "($self, /, *args, **kwargs)",
        doc: "Initialize self.  See help(type(self)) for accurate signature.",
    },
    MethodDef { name: "__call__", func: type_call, flags: 0, sig: "($self, /, *args, **kwargs)", doc: "Call self as a function." },
    MethodDef { name: "__repr__", func: type_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "mro", func: type_mro, flags: 0, sig: "($self, /)", doc: "Return a type's method resolution order." },
    MethodDef { name: "__subclasses__", func: type_subclasses, flags: 0, sig: "($self, /)", doc: "Return a list of immediate subclasses." },
    MethodDef { name: "__instancecheck__", func: type_instancecheck, flags: 0, sig: "($self, instance, /)", doc: "Check if an object is an instance." },
    MethodDef { name: "__subclasscheck__", func: type_subclasscheck, flags: 0, sig: "($self, subclass, /)", doc: "Check if a class is a subclass." },
    MethodDef {
        name: "__prepare__",
        func: type_prepare,
        flags: mflags::STATIC,
        sig: "",
        doc: "__prepare__() -> dict\nused to create the namespace for the class statement",
    },
    MethodDef { name: "__dir__", func: type_dir, flags: 0, sig: "($self, /)", doc: "Specialized __dir__ implementation for types." },
    MethodDef { name: "__sizeof__", func: type_sizeof, flags: 0, sig: "($self, /)", doc: "Return memory consumption of the type object." },
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: get_name, set: Some(set_name), doc: "" },
    GetSetDef { name: "__qualname__", get: get_qualname, set: Some(set_qualname), doc: "" },
    GetSetDef { name: "__bases__", get: get_bases, set: Some(set_bases), doc: "" },
    GetSetDef { name: "__base__", get: get_base, set: None, doc: "" },
    GetSetDef { name: "__mro__", get: get_mro, set: None, doc: "" },
    GetSetDef { name: "__dict__", get: get_dict, set: None, doc: "" },
    GetSetDef { name: "__module__", get: get_module, set: Some(set_module), doc: "" },
    GetSetDef { name: "__doc__", get: get_doc, set: Some(set_doc), doc: "" },
    GetSetDef { name: "__abstractmethods__", get: get_abstractmethods, set: None, doc: "" },
    GetSetDef { name: "__annotations__", get: get_annotations, set: Some(set_annotations), doc: "" },
];

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn build_class(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    if !matches!(&func, Value::Obj(o) if matches!(o.payload, Payload::Function(_))) {
        return Err(vm.type_error("__build_class__: func must be a function"));
    }
    let name_v = pos[1].clone();
    let Some(name_o) = args::str_obj(&name_v).cloned() else { return Err(vm.type_error("__build_class__: name is not a string")) };
    let _ = &name_o;
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    // __mro_entries__
    let mut bases = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if as_type(b).is_none() {
            if let Some(me) = attr::getattr_str_opt(vm, b, "__mro_entries__")? {
                let t = vm.new_tuple(orig_bases.clone());
                let r = vm.call(&me, &[t])?;
                bases.extend(seq::to_vec(vm, &r)?);
                changed = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta: Option<Value> = None;
    let mut kwargs: Vec<(Value, Value)> = Vec::new();
    for (k, v) in a.kwargs() {
        if matches!(k, Value::Obj(o) if vm.str_of(o) == "metaclass") {
            meta = Some(v.clone());
        } else {
            kwargs.push((k.clone(), v.clone()));
        }
    }
    let is_class = meta.as_ref().map(|m| as_type(m).is_some()).unwrap_or(true);
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(vm.type_of(b)),
            None => Value::Obj(vm.types.type_.clone()),
        },
    };
    let meta = if is_class {
        let bts: Vec<ObjRef> = bases.iter().filter_map(|b| as_type(b).cloned()).collect();
        match as_type(&meta) {
            Some(mt) => Value::Obj(calculate_meta(vm, mt, &bts)?),
            None => meta,
        }
    } else {
        meta
    };
    let bases_t = vm.new_tuple(bases.clone());
    let kw_names: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
    let kw_vals: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
    let ns = match attr::getattr_str_opt(vm, &meta, "__prepare__")? {
        Some(prep) => {
            let mut pv = vec![name_v.clone(), bases_t.clone()];
            pv.extend(kw_vals.iter().cloned());
            let ns = vm.call_args(&prep, Args::with_kw(&pv, &kw_names))?;
            if !rpy_vm::protocol::dictops::is_mapping_like(vm, &ns) && attr::lookup_special(vm, &ns, "__getitem__").is_none() {
                let mn = match as_type(&meta) {
                    Some(t) => type_data(t).name.borrow().clone(),
                    None => "<metaclass>".into(),
                };
                let tn = vm.type_name(&ns);
                return Err(vm.type_error(format!("{mn}.__prepare__() must return a mapping, not {tn}")));
            }
            ns
        }
        None => vm.new_dict(),
    };
    // run the class body with ns as its locals
    let Value::Obj(fo) = &func else { unreachable!() };
    let Payload::Function(fd) = &fo.payload else { unreachable!() };
    let code = fd.code.borrow().clone();
    let mut frame = rpy_vm::interp::Frame::new(code, fd.globals.clone(), fd.builtins.clone(), Some(ns.clone()));
    frame.init_cells(vm, fd.closure.as_ref());
    let mut frame = Box::new(frame);
    let cell = match rpy_vm::interp::run_frame(vm, &mut frame, None)? {
        rpy_vm::interp::Exit::Return(v) => v,
        rpy_vm::interp::Exit::Yield(_) => Value::None,
    };
    if changed {
        seq::setitem(vm, &ns, vm.new_str("__orig_bases__"), vm.new_tuple(orig_bases))?;
    }
    let mut cv = vec![name_v, bases_t, ns];
    cv.extend(kw_vals);
    let cls = vm.call_args(&meta, Args::with_kw(&cv, &kw_names))?;
    if let (Value::Obj(c), Some(cls_t)) = (&cell, as_type(&cls)) {
        if let Payload::Cell(cc) = &c.payload {
            let cur = cc.borrow().clone();
            match cur {
                Some(Value::Obj(x)) if x.is(cls_t) => {}
                Some(_) => {
                    let n = type_data(cls_t).name.borrow().clone();
                    let r1 = rpy_vm::protocol::repr::repr(vm, &cur.unwrap_or(Value::None))?;
                    let r2 = rpy_vm::protocol::repr::repr(vm, &cls)?;
                    return Err(vm.type_error(format!("__class__ set to {r1} defining '{n}' as {r2}")));
                }
                None => {
                    let n = type_data(cls_t).name.borrow().clone();
                    let r2 = rpy_vm::protocol::repr::repr(vm, &cls)?;
                    return Err(vm.runtime_error(format!("__class__ not set defining '{n}' as {r2}. Was __classcell__ propagated to type.__new__?")));
                }
            }
        }
    }
    Ok(cls)
}

/// Creates a builtin (non-heap) class deriving from object, named `module.name`.
pub fn new_static_type(vm: &mut Vm, name: &str, module: &str) -> ObjRef {
    let dict = vm.new_dict_obj();
    let td = TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(vec![vm.types.object.clone()]),
        mro: RefCell::new(Vec::new()),
        dict: dict.clone(),
        flags: Cell::new(tflags::BASETYPE | tflags::IMMUTABLE),
        version: Cell::new(rpy_vm::objects::typeobj::next_version()),
        layout: Layout::Object,
        nslots: 0,
        instance_dict: false,
        doc: None,
        subclasses: RefCell::new(Vec::new()),
        cache: RefCell::new(Default::default()),
    };
    let t = ObjRef::new(vm.types.type_.clone(), Payload::Type(Box::new(td)));
    let bases = vec![vm.types.object.clone()];
    *type_data(&t).mro.borrow_mut() = c3_mro(&t, &bases).unwrap_or_else(|| vec![t.clone()]);
    let m = vm.new_str(module);
    vm.dict_set_str(&dict, "__module__", m);
    attr::type_modified(vm, &t);
    t
}

pub static BUILD_CLASS: MethodDef = MethodDef {
    name: "__build_class__",
    func: build_class,
    flags: 0,
    sig: "",
    doc: "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement.",
};

pub fn init(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
    let _ = DictData::new;
}
