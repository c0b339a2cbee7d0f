//! `property`: construction (docstring taken from the getter), `fget`/`fset`/`fdel`/`__doc__`,
//! `getter`/`setter`/`deleter` copies, the descriptor methods and `__isabstractmethod__`.

use super::{descr_delete_arg, descr_get_args, descr_set_args, readonly};
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::objects::typeobj::type_data;
use rpy_vm::protocol::attr;
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;

fn slots<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RefCell<[Value; 5]>> {
    if let Value::Obj(o) = v {
        if let Payload::Property(p) = &o.payload {
            return Ok(p);
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'property' object but received a '{tn}'")))
}

fn prop_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let base = vm.types.property.clone();
    let cls = crate::types::object::new_cls(vm, &a, &base, "property")?;
    let o = crate::types::object::alloc(vm, &cls, Payload::Property(RefCell::new([Value::None, Value::None, Value::None, Value::None, Value::None])));
    Ok(Value::Obj(o))
}

fn prop_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.values[0].clone();
    let p = slots(vm, &this)?;
    let pos = &a.pos()[1..];
    if pos.len() + a.kwnames.len() > 4 {
        return Err(vm.type_error(format!("property() takes at most 4 arguments ({} given)", pos.len() + a.kwnames.len())));
    }
    let names = ["fget", "fset", "fdel", "doc"];
    let mut vals: [Option<Value>; 4] = [None, None, None, None];
    for (i, v) in pos.iter().enumerate() {
        vals[i] = Some(v.clone());
    }
    for (k, v) in a.kwargs() {
        let key = match k {
            Value::Obj(o) => vm.str_of(o),
            _ => String::new(),
        };
        match names.iter().position(|n| *n == key) {
            Some(i) => {
                if vals[i].is_some() {
                    return Err(vm.type_error(format!("argument for property() given by name ('{key}') and position ({})", i + 1)));
                }
                vals[i] = Some(v.clone());
            }
            None => return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for property()"))),
        }
    }
    let [fget, fset, fdel, doc] = vals.map(|v| v.unwrap_or(Value::None));
    let mut doc = doc;
    if doc.is_none() && !fget.is_none() {
        if let Some(d) = attr::getattr_str_opt(vm, &fget, "__doc__")? {
            doc = d;
        }
    }
    let name = p.borrow()[4].clone();
    let old = std::mem::replace(&mut *p.borrow_mut(), [fget, fset, fdel, doc.clone(), name]);
    drop(old);
    // a subclass's class-level __doc__ would shadow the slot: keep it in the instance dict
    let is_exact = matches!(&this, Value::Obj(o) if o.class().is(&vm.types.property));
    if !is_exact {
        let key = vm.intern("__doc__");
        match attr::setattr(vm, &this, &key, Some(doc)) {
            Ok(()) => {}
            Err(e) if vm.is_instance_of(&Value::Obj(e.0.clone()), &vm.types.attribute_error.clone()) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(Value::None)
}

fn qualname_of_type(vm: &Vm, v: &Value) -> String {
    let t = vm.type_of(v);
    let q = type_data(&t).qualname.borrow().clone();
    q
}

/// The name used in "property 'x' of 'C' object has no getter": the one `__set_name__` gave
/// (as its repr), if any.
fn prop_name(vm: &mut Vm, p: &[Value; 5]) -> PyResult<Option<String>> {
    if p[4].is_none() {
        return Ok(None);
    }
    rpy_vm::protocol::repr::repr(vm, &p[4]).map(Some)
}

fn missing(vm: &mut Vm, p: &[Value; 5], obj: &Value, what: &str) -> rpy_vm::PyErr {
    let q = qualname_of_type(vm, obj);
    match prop_name(vm, p) {
        Ok(Some(n)) => vm.attribute_error(format!("property {n} of '{q}' object has no {what}")),
        Ok(None) => vm.attribute_error(format!("property of '{q}' object has no {what}")),
        Err(e) => e,
    }
}

fn prop_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, _) = descr_get_args(vm, &a)?;
    let this = a.values[0].clone();
    let p = slots(vm, &this)?.borrow().clone();
    let Some(obj) = obj else { return Ok(this) };
    if p[0].is_none() {
        return Err(missing(vm, &p, &obj, "getter"));
    }
    vm.call(&p[0], &[obj])
}

fn prop_set(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, value) = descr_set_args(vm, &a)?;
    let p = slots(vm, &a.values[0])?.borrow().clone();
    if p[1].is_none() {
        return Err(missing(vm, &p, &obj, "setter"));
    }
    vm.call(&p[1], &[obj, value])?;
    Ok(Value::None)
}

fn prop_delete(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = descr_delete_arg(vm, &a)?;
    let p = slots(vm, &a.values[0])?.borrow().clone();
    if p[2].is_none() {
        return Err(missing(vm, &p, &obj, "deleter"));
    }
    vm.call(&p[2], &[obj])?;
    Ok(Value::None)
}

/// `property_copy`: `type(self)(fget, fset, fdel, doc)` with one accessor replaced.
fn copy_with(vm: &mut Vm, a: &Args, idx: usize, name: &str) -> PyResult<Value> {
    let f = crate::args::one_arg(vm, a, name)?;
    let this = a.values[0].clone();
    let p = slots(vm, &this)?.borrow().clone();
    let mut parts = [p[0].clone(), p[1].clone(), p[2].clone()];
    if !f.is_none() {
        parts[idx] = f;
    }
    // the doc came from the old getter when it is that getter's __doc__
    let getter_doc = !p[0].is_none() && {
        let gd = attr::getattr_str_opt(vm, &p[0], "__doc__")?;
        matches!(gd, Some(d) if d.is(&p[3]))
    };
    let doc = if getter_doc && !parts[0].is_none() { Value::None } else { p[3].clone() };
    let cls = Value::Obj(vm.type_of(&this));
    let [g, s, d] = parts;
    let new = vm.call(&cls, &[g, s, d, doc])?;
    // the copy keeps the name __set_name__ gave the original
    if let Value::Obj(o) = &new {
        if let Payload::Property(np) = &o.payload {
            np.borrow_mut()[4] = p[4].clone();
        }
    }
    Ok(new)
}

fn prop_getter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    copy_with(vm, &a, 0, "getter")
}

fn prop_setter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    copy_with(vm, &a, 1, "setter")
}

fn prop_deleter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    copy_with(vm, &a, 2, "deleter")
}

fn prop_set_name(vm: &mut Vm, a: Args) -> PyResult<Value> {
    slots(vm, &a.values[0])?;
    if a.has_kwargs() {
        return Err(vm.type_error("__set_name__() takes no keyword arguments"));
    }
    let n = a.len() - 1;
    if n != 2 {
        return Err(vm.type_error(format!("__set_name__() takes 2 positional arguments but {n} were given")));
    }
    let p = slots(vm, &a.values[0])?;
    let old = std::mem::replace(&mut p.borrow_mut()[4], a.values[2].clone());
    drop(old);
    Ok(Value::None)
}

fn slot_getter(vm: &mut Vm, v: &Value, i: usize) -> PyResult<Value> {
    let p = slots(vm, v)?;
    let r = p.borrow()[i].clone();
    Ok(r)
}

fn get_fget(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    slot_getter(vm, v, 0)
}

fn get_fset(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    slot_getter(vm, v, 1)
}

fn get_fdel(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    slot_getter(vm, v, 2)
}

fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    slot_getter(vm, v, 3)
}

fn set_doc(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let p = slots(vm, v)?;
    let old = std::mem::replace(&mut p.borrow_mut()[3], new.unwrap_or(Value::None));
    drop(old);
    Ok(())
}

fn get_abstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = slots(vm, v)?.borrow().clone();
    for f in &p[..3] {
        if !f.is_none() && super::descr::is_abstract(vm, f)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: prop_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef {
        name: "__init__",
        func: prop_init,
        flags: 0,
        sig: "($self, /, *args, **kwargs)",
        doc: "Initialize self.  See help(type(self)) for accurate signature.",
    },
    MethodDef {
        name: "__get__",
        func: prop_get,
        flags: 0,
        sig: "($self, instance, owner=None, /)",
        doc: "Return an attribute of instance, which is of type owner.",
    },
    MethodDef { name: "__set__", func: prop_set, flags: 0, sig: "($self, instance, value, /)", doc: "Set an attribute of instance to value." },
    MethodDef { name: "__delete__", func: prop_delete, flags: 0, sig: "($self, instance, /)", doc: "Delete an attribute of instance." },
    MethodDef { name: "getter", func: prop_getter, flags: 0, sig: "", doc: "Descriptor to obtain a copy of the property with a different getter." },
    MethodDef { name: "setter", func: prop_setter, flags: 0, sig: "", doc: "Descriptor to obtain a copy of the property with a different setter." },
    MethodDef { name: "deleter", func: prop_deleter, flags: 0, sig: "", doc: "Descriptor to obtain a copy of the property with a different deleter." },
    MethodDef { name: "__set_name__", func: prop_set_name, flags: 0, sig: "", doc: "Method to set name of a property." },
];

const PROPERTY_DOC: &str = "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\nclass C(object):\n    def getx(self): return self._x\n    def setx(self, value): self._x = value\n    def delx(self): del self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators make defining new properties or modifying existing ones easy:\n\nclass C(object):\n    @property\n    def x(self):\n        \"I am the 'x' property.\"\n        return self._x\n    @x.setter\n    def x(self, value):\n        self._x = value\n    @x.deleter\n    def x(self):\n        del self._x";

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "fget", get: get_fget, set: Some(readonly), doc: "" },
    GetSetDef { name: "fset", get: get_fset, set: Some(readonly), doc: "" },
    GetSetDef { name: "fdel", get: get_fdel, set: Some(readonly), doc: "" },
    GetSetDef { name: "__doc__", get: get_doc, set: Some(set_doc), doc: PROPERTY_DOC },
    GetSetDef { name: "__isabstractmethod__", get: get_abstract, set: None, doc: "" },
];

pub fn init(vm: &mut Vm) {
    let t: ObjRef = vm.types.property.clone();
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
}
