//! Method resolution orders: C3 linearisation with CPython's error messages, a metaclass's
//! own `mro()` (checked like CPython's `mro_check`), and recomputing a class hierarchy's MROs
//! when `__bases__` is assigned.

use crate::types::layout;
use rpy_vm::objects::typeobj::{c3_mro, is_subtype, type_data};
use rpy_vm::protocol::{attr, seq};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

/// `type.mro()`: the C3 linearisation of `cls` with `bases`.
pub fn c3(vm: &mut Vm, cls: &ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            let n = type_data(b).name.borrow().clone();
            return Err(vm.type_error(format!("duplicate base class {n}")));
        }
    }
    match c3_mro(cls, bases) {
        Some(m) => Ok(m),
        None => {
            let names = mro_conflict_names(cls, bases);
            Err(vm.type_error(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", "))))
        }
    }
}

/// The MRO of `cls` from its current bases: its metaclass's `mro()` when that is overridden.
pub fn compute(vm: &mut Vm, cls: &ObjRef) -> PyResult<Vec<ObjRef>> {
    let meta = cls.class();
    let custom = !meta.is(&vm.types.type_)
        && attr::type_lookup_str(&meta, "mro")
            .map(|m| !matches!(&m, Value::Obj(o) if matches!(&o.payload, Payload::Builtin(b) if b.owner.as_ref().map(|t| t.is(&vm.types.type_)).unwrap_or(false))))
            .unwrap_or(false);
    if !custom {
        let bases = type_data(cls).bases.borrow().clone();
        return c3(vm, cls, &bases);
    }
    let m = vm.call_method(&Value::Obj(cls.clone()), "mro", &[])?;
    // CPython's mro_check: classes only, each with a layout this class can have
    let items = seq::to_vec(vm, &m)?;
    let solid = layout::solid_base(vm, cls);
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        let t = match &v {
            Value::Obj(t) if matches!(t.payload, Payload::Type(_)) => t.clone(),
            _ => {
                let tn = vm.type_name(&v);
                return Err(vm.type_error(format!("mro() returned a non-class ('{tn}')")));
            }
        };
        if !is_subtype(&solid, &layout::solid_base(vm, &t)) {
            let n = type_data(&t).name.borrow().clone();
            return Err(vm.type_error(format!("mro() returned base with unsuitable layout ('{n}')")));
        }
        out.push(t);
    }
    Ok(out)
}

/// Assigns `bases` to `t` and recomputes the MRO of `t` and of every class below it; if any
/// of them fails, everything is put back as it was and the error is raised.
pub fn set_bases(vm: &mut Vm, t: &ObjRef, bases: Vec<ObjRef>) -> PyResult<()> {
    let old_bases = std::mem::replace(&mut *type_data(t).bases.borrow_mut(), bases.clone());
    let mut done: Vec<(ObjRef, Vec<ObjRef>)> = Vec::new();
    let mut todo = vec![t.clone()];
    let mut failed = None;
    while let Some(c) = todo.pop() {
        match compute(vm, &c) {
            Ok(m) => {
                let old = std::mem::replace(&mut *type_data(&c).mro.borrow_mut(), m);
                done.push((c.clone(), old));
                let subs = type_data(&c).subclasses.borrow().clone();
                todo.extend(subs.into_iter().rev());
            }
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    if let Some(e) = failed {
        for (c, old) in done.into_iter().rev() {
            *type_data(&c).mro.borrow_mut() = old;
        }
        *type_data(t).bases.borrow_mut() = old_bases;
        return Err(e);
    }
    for ob in &old_bases {
        type_data(ob).subclasses.borrow_mut().retain(|c| !c.is(t));
    }
    for nb in &bases {
        type_data(nb).subclasses.borrow_mut().push(t.clone());
    }
    for (c, _) in &done {
        attr::type_modified(vm, c);
    }
    Ok(())
}

/// The classes CPython names in its MRO error: the heads left when linearisation stops.
fn mro_conflict_names(cls: &ObjRef, bases: &[ObjRef]) -> Vec<String> {
    let _ = cls;
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| type_data(b).mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    loop {
        seqs.retain(|s| !s.is_empty());
        let cand = seqs.iter().map(|s| s[0].clone()).find(|h| !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(h))));
        match cand {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&c) {
                        s.remove(0);
                    }
                }
            }
            None => break,
        }
    }
    let mut names: Vec<String> = Vec::new();
    for s in &seqs {
        let n = type_data(&s[0]).name.borrow().clone();
        if !names.contains(&n) {
            names.push(n);
        }
    }
    names
}
