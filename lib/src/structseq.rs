//! Struct sequences (CPython's `structseq`): tuple subclasses with named, read-only fields, such
//! as `sys.version_info`, `sys.flags`, `sys.float_info` and `time.struct_time`. Fields past
//! `n_sequence_fields` are reachable by name only (`tm_zone`, `tm_gmtoff`).

use crate::native_type::{self, TypeSpec};
use rpy_builtins::args::{self, Spec};
use rpy_vm::object::{GetSetData, InstanceExt, ObjCell};
use rpy_vm::objects::native::{mflags, Args, GetterFn, MethodDef};
use rpy_vm::objects::typeobj::{type_data, Layout};
use rpy_vm::protocol::{repr, seq};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;
use std::mem::ManuallyDrop;

/// The static description of a struct sequence type.
pub struct StructSeqDesc {
    /// `__name__` of the type
    pub name: &'static str,
    /// `__module__` of the type
    pub module: &'static str,
    pub doc: &'static str,
    /// all field names; the first `n_in_sequence` are the tuple items
    pub fields: &'static [&'static str],
    pub n_in_sequence: usize,
    /// whether `T(sequence, dict=None)` creates instances (`time.struct_time`) or raises
    /// "cannot create 'sys.flags' instances"
    pub instantiable: bool,
}

thread_local! {
    /// Every struct sequence type created, with its description (never dropped: see
    /// `crate::state`).
    static REGISTRY: RefCell<ManuallyDrop<Vec<(ObjRef, &'static StructSeqDesc)>>> = const { RefCell::new(ManuallyDrop::new(Vec::new())) };
}

fn desc_of(t: &ObjRef) -> Option<&'static StructSeqDesc> {
    REGISTRY.with(|r| r.borrow().iter().find(|(ty, _)| ty.is(t)).map(|(_, d)| *d))
}

macro_rules! field_getters {
    ($($name:ident = $i:expr),* $(,)?) => {
        $(fn $name(vm: &mut Vm, v: &Value) -> PyResult<Value> { field_get(vm, v, $i) })*
        static GETTERS: &[GetterFn] = &[$($name),*];
    };
}

field_getters!(
    g0 = 0,
    g1 = 1,
    g2 = 2,
    g3 = 3,
    g4 = 4,
    g5 = 5,
    g6 = 6,
    g7 = 7,
    g8 = 8,
    g9 = 9,
    g10 = 10,
    g11 = 11,
    g12 = 12,
    g13 = 13,
    g14 = 14,
    g15 = 15,
    g16 = 16,
    g17 = 17,
    g18 = 18,
    g19 = 19,
    g20 = 20,
    g21 = 21,
    g22 = 22,
    g23 = 23,
);

/// Field `i` of a struct sequence instance: a tuple item, or a hidden cell past the tuple.
fn field_get(vm: &mut Vm, v: &Value, i: usize) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if let Payload::Tuple(items) = &o.payload {
            if i < items.len() {
                return Ok(items[i].clone());
            }
            let cell = o.ext.as_ref().and_then(|e| e.slots.get(i - items.len())).and_then(|c| c.get());
            return Ok(match cell {
                Some(boxed) => match &boxed.payload {
                    Payload::Tuple(t) if t.len() == 1 => t[0].clone(),
                    _ => Value::None,
                },
                None => Value::None,
            });
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor for struct sequence field doesn't apply to a '{tn}' object")))
}

/// Creates the type object for `desc`.
pub fn new_type(vm: &mut Vm, desc: &'static StructSeqDesc) -> ObjRef {
    assert!(desc.fields.len() <= GETTERS.len(), "struct sequence with too many fields");
    let base = vm.types.tuple.clone();
    let t = native_type::new_type(
        vm,
        TypeSpec {
            name: desc.name,
            module: desc.module,
            base,
            layout: Layout::Tuple,
            flags: 0,
            instance_dict: false,
            nslots: desc.fields.len() - desc.n_in_sequence,
            doc: Some(desc.doc),
        },
    );
    let dict = type_data(&t).dict.clone();
    for (i, name) in desc.fields.iter().enumerate() {
        let g = ObjRef::new(
            vm.types.getset_descriptor.clone(),
            Payload::GetSet(Box::new(GetSetData { name, owner: t.clone(), get: GETTERS[i], set: None, doc: None })),
        );
        vm.dict_set_str(&dict, name, Value::Obj(g));
    }
    vm.dict_set_str(&dict, "n_sequence_fields", Value::Int(desc.n_in_sequence as i64));
    vm.dict_set_str(&dict, "n_fields", Value::Int(desc.fields.len() as i64));
    vm.dict_set_str(&dict, "n_unnamed_fields", Value::Int(0));
    let names: Vec<Value> = desc.fields[..desc.n_in_sequence].iter().map(|n| vm.new_str(n)).collect();
    let ma = vm.new_tuple(names);
    vm.dict_set_str(&dict, "__match_args__", ma);
    vm.add_methods(&t, METHODS);
    if !desc.instantiable {
        vm.add_methods(&t, NO_NEW);
    }
    REGISTRY.with(|r| r.borrow_mut().push((t.clone(), desc)));
    rpy_vm::protocol::attr::type_modified(vm, &t);
    t
}

/// An instance of struct sequence type `t` from all its field values (missing trailing
/// hidden fields are None).
pub fn new_instance(vm: &mut Vm, t: &ObjRef, mut values: Vec<Value>) -> Value {
    let desc = desc_of(t).expect("not a struct sequence type");
    values.resize(desc.fields.len(), Value::None);
    let hidden = values.split_off(desc.n_in_sequence);
    Value::Obj(alloc(vm, t, values, hidden))
}

fn alloc(vm: &mut Vm, t: &ObjRef, visible: Vec<Value>, hidden: Vec<Value>) -> ObjRef {
    let payload = Payload::Tuple(visible.into_boxed_slice());
    if hidden.is_empty() {
        return ObjRef::new(t.clone(), payload);
    }
    let slots: Vec<ObjCell> = hidden.into_iter().map(|v| ObjCell::new(Some(vm.new_tuple_obj(vec![v])))).collect();
    ObjRef::with_ext(t.clone(), payload, Some(Box::new(InstanceExt { dict: ObjCell::new(None), slots: slots.into_boxed_slice() })))
}

fn this_desc(vm: &mut Vm, v: &Value) -> PyResult<(&'static StructSeqDesc, ObjRef)> {
    let t = vm.type_of(v);
    let mro = type_data(&t).mro.borrow().clone();
    for c in mro {
        if let Some(d) = desc_of(&c) {
            return Ok((d, c));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("expected a struct sequence, got '{tn}'")))
}

fn all_fields(v: &Value, desc: &StructSeqDesc) -> Vec<Value> {
    let mut out = Vec::with_capacity(desc.fields.len());
    if let Value::Obj(o) = v {
        if let Payload::Tuple(items) = &o.payload {
            out.extend(items.iter().cloned());
            for i in items.len()..desc.fields.len() {
                let cell = o.ext.as_ref().and_then(|e| e.slots.get(i - items.len())).and_then(|c| c.get());
                out.push(match cell {
                    Some(b) => match &b.payload {
                        Payload::Tuple(t) if t.len() == 1 => t[0].clone(),
                        _ => Value::None,
                    },
                    None => Value::None,
                });
            }
        }
    }
    out
}

fn structseq_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let this = a.values[0].clone();
    let (desc, t) = this_desc(vm, &this)?;
    let items = all_fields(&this, desc);
    let mut out = native_type::tp_name(vm, &t);
    out.push('(');
    for (i, v) in items.iter().take(desc.n_in_sequence).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(desc.fields[i]);
        out.push('=');
        out.push_str(&repr::repr(vm, v)?);
    }
    out.push(')');
    Ok(vm.new_string(out))
}

fn structseq_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__reduce__")?;
    let this = a.values[0].clone();
    let (desc, t) = this_desc(vm, &this)?;
    let mut items = all_fields(&this, desc);
    let hidden = items.split_off(desc.n_in_sequence);
    let d = vm.new_dict_obj();
    for (i, v) in hidden.into_iter().enumerate() {
        vm.dict_set_str(&d, desc.fields[desc.n_in_sequence + i], v);
    }
    let tup = vm.new_tuple(items);
    let args = vm.new_tuple(vec![tup, Value::Obj(d)]);
    Ok(vm.new_tuple(vec![Value::Obj(t), args]))
}

/// `T(sequence, dict=None)`.
fn structseq_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = match a.values.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => return Err(vm.type_error("structseq.__new__(X): X is not a type object")),
    };
    let Some(desc) = desc_of(&cls) else {
        let n = native_type::tp_name(vm, &cls);
        return Err(vm.type_error(format!("cannot create '{n}' instances")));
    };
    let tp_name = format!("{}.{}", desc.module, desc.name);
    let rest = Args::with_kw(&a.values[1..], a.kwnames);
    let bound = args::bind(vm, &rest, &Spec { name: desc.name, params: &["sequence", "dict"], required: 1 })?;
    let sequence = bound[0].clone().unwrap_or(Value::None);
    let dict = bound[1].clone().unwrap_or(Value::None);
    let items = match &sequence {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_) | Payload::List(_)) => seq::to_vec(vm, &sequence)?,
        _ => {
            if !seq::is_iterable(vm, &sequence) {
                return Err(vm.type_error("constructor requires a sequence"));
            }
            seq::to_vec(vm, &sequence)?
        }
    };
    let dict = match dict {
        Value::None => None,
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => Some(o),
        _ => return Err(vm.type_error(format!("{tp_name}() takes a dict as second arg, if any"))),
    };
    let (min, max) = (desc.n_in_sequence, desc.fields.len());
    let n = items.len();
    if n < min {
        return Err(vm.type_error(if min == max {
            format!("{tp_name}() takes a {min}-sequence ({n}-sequence given)")
        } else {
            format!("{tp_name}() takes an at least {min}-sequence ({n}-sequence given)")
        }));
    }
    if n > max {
        return Err(vm.type_error(if min == max {
            format!("{tp_name}() takes a {max}-sequence ({n}-sequence given)")
        } else {
            format!("{tp_name}() takes an at most {max}-sequence ({n}-sequence given)")
        }));
    }
    let mut values = items;
    for i in n..max {
        let v = match &dict {
            Some(d) => {
                let k = vm.new_str(desc.fields[i]);
                rpy_vm::protocol::dictops::dict_getitem_opt(vm, d, &k)?.unwrap_or(Value::None)
            }
            None => Value::None,
        };
        values.push(v);
    }
    let hidden = values.split_off(min);
    Ok(Value::Obj(alloc(vm, &cls, values, hidden)))
}

fn structseq_no_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = match a.values.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => native_type::tp_name(vm, c),
        _ => "struct sequence".to_string(),
    };
    Err(vm.type_error(format!("cannot create '{n}' instances")))
}

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: structseq_new,
        flags: mflags::STATIC,
        sig: "(sequence, dict={})",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef { name: "__repr__", func: structseq_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__reduce__", func: structseq_reduce, flags: 0, sig: "($self, /)", doc: "" },
];

static NO_NEW: &[MethodDef] = &[MethodDef { name: "__new__", func: structseq_no_new, flags: mflags::STATIC, sig: "", doc: "" }];
