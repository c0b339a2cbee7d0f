//! `getset_descriptor` (computed attributes of builtin types) and `member_descriptor`
//! (`__slots__` entries): `__get__`/`__set__`/`__delete__`, names and repr.

use crate::args;
use crate::types::function::{descr_delete_arg, descr_get_args, descr_set_args};
use rpy_vm::object::GetSetData;
use rpy_vm::objects::native::{Args, GetSetDef, MethodDef};
use rpy_vm::objects::typeobj::type_data;
use rpy_vm::protocol::attr;
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

fn getset_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a GetSetData> {
    if let Value::Obj(o) = v {
        if let Payload::GetSet(g) = &o.payload {
            return Ok(g);
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'getset_descriptor' object but received a '{tn}'")))
}

/// (name, index, owner) of a member descriptor.
fn member_of(vm: &mut Vm, v: &Value) -> PyResult<(ObjRef, usize, ObjRef)> {
    if let Value::Obj(o) = v {
        if let Payload::Member { name, index, owner } = &o.payload {
            return Ok((name.clone(), *index, owner.clone()));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'member_descriptor' object but received a '{tn}'")))
}

fn type_name(t: &ObjRef) -> String {
    type_data(t).name.borrow().clone()
}

/// `descr_check`: the instance must be of the descriptor's class.
fn check_instance(vm: &mut Vm, name: &str, owner: &ObjRef, obj: &Value) -> PyResult<()> {
    if !vm.is_instance_of(obj, owner) {
        let on = type_name(owner);
        let tn = vm.type_name(obj);
        return Err(vm.type_error(format!("descriptor '{name}' for '{on}' objects doesn't apply to a '{tn}' object")));
    }
    Ok(())
}

// ----- getset_descriptor -----------------------------------------------------------------

fn gs_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, _) = descr_get_args(vm, &a)?;
    let this = a.values[0].clone();
    let g = getset_of(vm, &this)?;
    let Some(obj) = obj else { return Ok(this.clone()) };
    check_instance(vm, g.name, &g.owner, &obj)?;
    (g.get)(vm, &obj)
}

fn gs_store(vm: &mut Vm, this: &Value, obj: &Value, value: Option<Value>) -> PyResult<Value> {
    let g = getset_of(vm, this)?;
    check_instance(vm, g.name, &g.owner, obj)?;
    match g.set {
        Some(set) => {
            set(vm, obj, value)?;
            Ok(Value::None)
        }
        None => {
            let on = type_name(&g.owner);
            Err(vm.attribute_error(format!("attribute '{}' of '{on}' objects is not writable", g.name)))
        }
    }
}

fn gs_set(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, value) = descr_set_args(vm, &a)?;
    gs_store(vm, &a.values[0], &obj, Some(value))
}

fn gs_delete(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = descr_delete_arg(vm, &a)?;
    gs_store(vm, &a.values[0], &obj, None)
}

fn gs_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let g = getset_of(vm, &a.values[0])?;
    let s = format!("<attribute '{}' of '{}' objects>", g.name, type_name(&g.owner));
    Ok(vm.new_string(s))
}

fn gs_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = getset_of(vm, v)?;
    Ok(Value::Obj(vm.intern(g.name)))
}

fn gs_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = getset_of(vm, v)?;
    let q = type_data(&g.owner).qualname.borrow().clone();
    Ok(vm.new_string(format!("{q}.{}", g.name)))
}

fn gs_objclass(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = getset_of(vm, v)?;
    Ok(Value::Obj(g.owner.clone()))
}

fn gs_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = getset_of(vm, v)?;
    Ok(match g.doc {
        Some(d) => vm.new_str(d),
        None => Value::None,
    })
}

// ----- member_descriptor -----------------------------------------------------------------

fn md_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, _) = descr_get_args(vm, &a)?;
    let this = a.values[0].clone();
    let (name, index, owner) = member_of(vm, &this)?;
    let Some(obj) = obj else { return Ok(this) };
    let n = vm.str_of(&name);
    check_instance(vm, &n, &owner, &obj)?;
    let v = match &obj {
        Value::Obj(o) => o.ext.as_ref().and_then(|e| e.slots.get(index)).and_then(|c| c.get()),
        _ => None,
    };
    match v {
        Some(v) => Ok(attr::unwrap_slot(v)),
        None => {
            let tn = vm.type_name(&obj);
            Err(vm.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
        }
    }
}

fn md_store(vm: &mut Vm, this: &Value, obj: &Value, value: Option<Value>) -> PyResult<Value> {
    let (name, index, owner) = member_of(vm, this)?;
    let n = vm.str_of(&name);
    check_instance(vm, &n, &owner, obj)?;
    let Value::Obj(o) = obj else { return Err(vm.attribute_error(n)) };
    let Some(cell) = o.ext.as_ref().and_then(|e| e.slots.get(index)) else { return Err(vm.attribute_error(n)) };
    match value {
        Some(v) => {
            // the slot representation the attribute protocol uses: immediates and tuples are
            // boxed in a 1-tuple
            let boxed = match v {
                Value::Obj(x) if !matches!(x.payload, Payload::Tuple(_)) => x,
                other => vm.new_tuple_obj(vec![other]),
            };
            cell.set(Some(boxed));
        }
        None => {
            if cell.take().is_none() {
                return Err(vm.attribute_error(n));
            }
        }
    }
    Ok(Value::None)
}

fn md_set(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, value) = descr_set_args(vm, &a)?;
    md_store(vm, &a.values[0], &obj, Some(value))
}

fn md_delete(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = descr_delete_arg(vm, &a)?;
    md_store(vm, &a.values[0], &obj, None)
}

fn md_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let (name, _, owner) = member_of(vm, &a.values[0])?;
    let s = format!("<member '{}' of '{}' objects>", vm.str_of(&name), type_name(&owner));
    Ok(vm.new_string(s))
}

fn md_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__reduce__")?;
    let (name, _, owner) = member_of(vm, &a.values[0])?;
    let getattr = vm.lookup_builtin("getattr").unwrap_or(Value::None);
    let inner = vm.new_tuple(vec![Value::Obj(owner), Value::Obj(name)]);
    Ok(vm.new_tuple(vec![getattr, inner]))
}

fn md_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(member_of(vm, v)?.0))
}

fn md_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (name, _, owner) = member_of(vm, v)?;
    let q = type_data(&owner).qualname.borrow().clone();
    Ok(vm.new_string(format!("{q}.{}", vm.str_of(&name))))
}

fn md_objclass(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(member_of(vm, v)?.2))
}

fn md_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    member_of(vm, v)?;
    Ok(Value::None)
}

fn readonly(vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

const GET_DOC: &str = "Return an attribute of instance, which is of type owner.";
const SET_DOC: &str = "Set an attribute of instance to value.";
const DEL_DOC: &str = "Delete an attribute of instance.";

static GS_METHODS: &[MethodDef] = &[
    MethodDef { name: "__get__", func: gs_get, flags: 0, sig: "($self, instance, owner=None, /)", doc: GET_DOC },
    MethodDef { name: "__set__", func: gs_set, flags: 0, sig: "($self, instance, value, /)", doc: SET_DOC },
    MethodDef { name: "__delete__", func: gs_delete, flags: 0, sig: "($self, instance, /)", doc: DEL_DOC },
    MethodDef { name: "__repr__", func: gs_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
];

static MD_METHODS: &[MethodDef] = &[
    MethodDef { name: "__get__", func: md_get, flags: 0, sig: "($self, instance, owner=None, /)", doc: GET_DOC },
    MethodDef { name: "__set__", func: md_set, flags: 0, sig: "($self, instance, value, /)", doc: SET_DOC },
    MethodDef { name: "__delete__", func: md_delete, flags: 0, sig: "($self, instance, /)", doc: DEL_DOC },
    MethodDef { name: "__repr__", func: md_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__reduce__", func: md_reduce, flags: 0, sig: "", doc: "" },
];

static GS_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: gs_name, set: Some(readonly), doc: "" },
    GetSetDef { name: "__qualname__", get: gs_qualname, set: None, doc: "" },
    GetSetDef { name: "__objclass__", get: gs_objclass, set: Some(readonly), doc: "" },
    GetSetDef { name: "__doc__", get: gs_doc, set: None, doc: "" },
];

static MD_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: md_name, set: Some(readonly), doc: "" },
    GetSetDef { name: "__qualname__", get: md_qualname, set: None, doc: "" },
    GetSetDef { name: "__objclass__", get: md_objclass, set: Some(readonly), doc: "" },
    GetSetDef { name: "__doc__", get: md_doc, set: None, doc: "" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.getset_descriptor.clone();
    vm.add_methods(&t, GS_METHODS);
    vm.add_getsets(&t, GS_GETSETS);
    let t = vm.types.member_descriptor.clone();
    vm.add_methods(&t, MD_METHODS);
    vm.add_getsets(&t, MD_GETSETS);
}
