//! The iterator types the builtins module exposes as constructors — enumerate, zip, map,
//! filter, reversed — and the `__iter__`/`__next__` of every native iterator object.

use crate::args::{self, Spec};
use rpy_vm::objects::iter::IterData;
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::protocol::{attr, seq};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;

fn make(vm: &mut Vm, cls: &ObjRef, data: IterData) -> Value {
    Value::Obj(crate::types::object::alloc(vm, cls, Payload::Iter(RefCell::new(data))))
}

fn enumerate_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let et = vm.types.enumerate.clone();
    let cls = crate::types::object::new_cls(vm, &a, &et, "enumerate")?;
    let rest = Args::with_kw(&a.values[1..], a.kwnames);
    let b = args::bind(vm, &rest, &Spec { name: "enumerate", params: &["iterable", "start"], required: 0 })?;
    if b[0].is_none() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    let it = seq::get_iter(vm, b[0].as_ref().unwrap_or(&Value::None))?;
    let start = match &b[1] {
        Some(v) => {
            if rpy_vm::protocol::number::as_int(v).is_none() {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
            }
            v.clone()
        }
        None => Value::Int(0),
    };
    Ok(make(vm, &cls, IterData::Enumerate { it, count: start }))
}

fn zip_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let zt = vm.types.zip.clone();
    let cls = crate::types::object::new_cls(vm, &a, &zt, "zip")?;
    let mut strict = false;
    for (k, v) in a.kwargs() {
        let ks = match k {
            Value::Obj(o) => vm.str_of(o),
            _ => String::new(),
        };
        if ks != "strict" {
            return Err(vm.type_error(format!("zip() got an unexpected keyword argument '{ks}'")));
        }
        strict = vm.truthy(v)?;
    }
    let mut its = Vec::new();
    for x in a.pos()[1..].iter() {
        its.push(seq::get_iter(vm, x)?);
    }
    Ok(make(vm, &cls, IterData::Zip { its, strict }))
}

fn map_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mt = vm.types.map.clone();
    let cls = crate::types::object::new_cls(vm, &a, &mt, "map")?;
    if a.has_kwargs() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    let pos = &a.pos()[1..];
    if pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for x in &pos[1..] {
        its.push(seq::get_iter(vm, x)?);
    }
    Ok(make(vm, &cls, IterData::Map { func: pos[0].clone(), its }))
}

fn filter_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ft = vm.types.filter.clone();
    let cls = crate::types::object::new_cls(vm, &a, &ft, "filter")?;
    if a.has_kwargs() {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    let pos = &a.pos()[1..];
    if pos.len() != 2 {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", pos.len())));
    }
    let it = seq::get_iter(vm, &pos[1])?;
    Ok(make(vm, &cls, IterData::Filter { func: pos[0].clone(), it }))
}

fn reversed_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rt = vm.types.reversed.clone();
    let cls = crate::types::object::new_cls(vm, &a, &rt, "reversed")?;
    if a.has_kwargs() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    let pos = &a.pos()[1..];
    if pos.len() != 1 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", pos.len())));
    }
    let obj = pos[0].clone();
    if let Some(r) = attr::lookup_special(vm, &obj, "__reversed__") {
        if r.is_none() {
            let tn = vm.type_name(&obj);
            return Err(vm.type_error(format!("'{tn}' object is not reversible")));
        }
        return vm.call(&r, &[obj]);
    }
    let has_seq = attr::lookup_special(vm, &obj, "__getitem__").is_some();
    if !has_seq || matches!(&obj, Value::Obj(o) if matches!(o.payload, Payload::Dict(_))) {
        let tn = vm.type_name(&obj);
        return Err(vm.type_error(format!("'{tn}' object is not reversible")));
    }
    let n = seq::len(vm, &obj)? as isize;
    Ok(make(vm, &cls, IterData::Reversed { seq: obj, index: n - 1 }))
}

fn iter_self(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__iter__")?;
    Ok(a.values[0].clone())
}

fn iter_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__next__")?;
    match &a.values[0] {
        Value::Obj(o) => match &o.payload {
            Payload::Iter(d) => match rpy_vm::protocol::generator::iter_next(vm, o, d)? {
                Some(v) => Ok(v),
                None => Err(vm.stop_iteration(None)),
            },
            _ => Err(vm.type_error("descriptor '__next__' requires an iterator")),
        },
        _ => Err(vm.type_error("descriptor '__next__' requires an iterator")),
    }
}

fn length_hint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__length_hint__")?;
    let Value::Obj(o) = &a.values[0] else { return Ok(Value::Int(0)) };
    let Payload::Iter(d) = &o.payload else { return Ok(Value::Int(0)) };
    let n = match &*d.borrow() {
        IterData::Reversed { index, .. } => (*index + 1).max(0) as i64,
        IterData::Callable { .. } | IterData::Exhausted => 0,
        _ => 0,
    };
    Ok(Value::Int(n))
}

static ENUMERATE: &[MethodDef] = &[
    MethodDef { name: "__new__", func: enumerate_new, flags: mflags::STATIC, sig: "(iterable, start=0)", doc: "Return an enumerate object." },
    MethodDef { name: "__iter__", func: iter_self, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: iter_next, flags: 0, sig: "($self, /)", doc: "Implement next(self)." },
];
static ZIP: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: zip_new,
        flags: mflags::STATIC,
        sig: "",
        doc: "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
    },
    MethodDef { name: "__iter__", func: iter_self, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: iter_next, flags: 0, sig: "($self, /)", doc: "Implement next(self)." },
];
static MAP: &[MethodDef] = &[
    MethodDef { name: "__new__", func: map_new, flags: mflags::STATIC, sig: "", doc: "map(func, *iterables) --> map object" },
    MethodDef { name: "__iter__", func: iter_self, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: iter_next, flags: 0, sig: "($self, /)", doc: "Implement next(self)." },
];
static FILTER: &[MethodDef] = &[
    MethodDef { name: "__new__", func: filter_new, flags: mflags::STATIC, sig: "", doc: "filter(function or None, iterable) --> filter object" },
    MethodDef { name: "__iter__", func: iter_self, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: iter_next, flags: 0, sig: "($self, /)", doc: "Implement next(self)." },
];
static REVERSED: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: reversed_new,
        flags: mflags::STATIC,
        sig: "(sequence, /)",
        doc: "Return a reverse iterator over the values of the given sequence.",
    },
    MethodDef { name: "__iter__", func: iter_self, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: iter_next, flags: 0, sig: "($self, /)", doc: "Implement next(self)." },
    MethodDef { name: "__length_hint__", func: length_hint, flags: 0, sig: "($self, /)", doc: "Private method returning an estimate of len(list(it))." },
];
/// `__iter__`/`__next__` for native iterator types without constructors.
pub static PLAIN_ITER: &[MethodDef] = &[
    MethodDef { name: "__iter__", func: iter_self, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: iter_next, flags: 0, sig: "($self, /)", doc: "Implement next(self)." },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.enumerate.clone();
    vm.add_methods(&t, ENUMERATE);
    let t = vm.types.zip.clone();
    vm.add_methods(&t, ZIP);
    let t = vm.types.map.clone();
    vm.add_methods(&t, MAP);
    let t = vm.types.filter.clone();
    vm.add_methods(&t, FILTER);
    let t = vm.types.reversed.clone();
    vm.add_methods(&t, REVERSED);
    for t in [vm.types.callable_iterator.clone(), vm.types.seq_iterator.clone()] {
        vm.add_methods(&t, PLAIN_ITER);
    }
}
