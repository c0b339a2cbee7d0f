//! `clear`: breaking the references of an unreachable object (CPython's `tp_clear`). The object
//! stays a valid Python object (an empty list, a function without defaults, …); what it
//! referred to is dropped only after every borrow is released, so destructors never see a
//! half-updated object.

use crate::object::{ObjRef, Payload};
use crate::objects::iter::IterData;
use crate::protocol::attr::type_modified;
use crate::value::Value;
use crate::vm::Vm;

/// Drops the references `o` holds that can take part in a cycle. Immutable objects (tuples,
/// bound methods, super objects) keep theirs: a cycle through them always passes through a
/// mutable object that is cleared.
pub fn clear(vm: &mut Vm, o: &ObjRef) {
    // what is dropped, after all borrows end
    let mut dropped: Vec<Value> = Vec::new();
    if let Some(ext) = &o.ext {
        if let Some(d) = ext.dict.take() {
            dropped.push(Value::Obj(d));
        }
        for s in ext.slots.iter() {
            if let Some(v) = s.take() {
                dropped.push(Value::Obj(v));
            }
        }
    }
    match &o.payload {
        Payload::List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                dropped.extend(std::mem::take(&mut *l));
            }
        }
        Payload::Dict(d) => {
            if let Ok(mut d) = d.try_borrow_mut() {
                for e in d.clear() {
                    dropped.push(e.key);
                    dropped.push(e.value);
                }
            }
        }
        Payload::Set(s) | Payload::FrozenSet(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                dropped.extend(s.clear());
            }
        }
        Payload::Type(td) => {
            if let Ok(mut mro) = td.mro.try_borrow_mut() {
                dropped.extend(mro.drain(..).map(Value::Obj));
            }
            if let Ok(mut cache) = td.cache.try_borrow_mut() {
                for (_, (name, v)) in cache.drain() {
                    dropped.push(Value::Obj(name));
                    dropped.extend(v);
                }
            }
            if let Payload::Dict(d) = &td.dict.payload {
                if let Ok(mut d) = d.try_borrow_mut() {
                    for e in d.clear() {
                        dropped.push(e.key);
                        dropped.push(e.value);
                    }
                }
            }
            type_modified(vm, o);
        }
        Payload::Function(f) => {
            for c in [&f.defaults, &f.kwdefaults, &f.annotations] {
                if let Ok(mut c) = c.try_borrow_mut() {
                    dropped.extend(c.take().map(Value::Obj));
                }
            }
            for c in [&f.doc, &f.module] {
                if let Ok(mut c) = c.try_borrow_mut() {
                    dropped.push(std::mem::replace(&mut *c, Value::None));
                }
            }
        }
        Payload::Cell(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                dropped.extend(c.take());
            }
        }
        Payload::Property(p) => {
            if let Ok(mut p) = p.try_borrow_mut() {
                for v in p.iter_mut() {
                    dropped.push(std::mem::replace(v, Value::None));
                }
            }
        }
        Payload::StaticMethod(c) | Payload::ClassMethod(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                dropped.push(std::mem::replace(&mut *c, Value::None));
            }
        }
        Payload::Generator(g) => {
            if let Ok(mut g) = g.try_borrow_mut() {
                let frame = g.frame.take();
                dropped.extend(g.exc_state.take());
                drop(g);
                drop(frame);
            }
        }
        Payload::Exception(e) => {
            if let Ok(mut e) = e.try_borrow_mut() {
                dropped.push(std::mem::replace(&mut e.args, Value::Obj(vm.empty_tuple.clone())));
                dropped.extend(e.traceback.take().map(Value::Obj));
                dropped.extend(e.cause.take());
                dropped.extend(e.context.take());
            }
        }
        Payload::Traceback(t) => {
            if let Ok(mut n) = t.next.try_borrow_mut() {
                dropped.extend(n.take().map(Value::Obj));
            }
        }
        Payload::Frame(f) => {
            if let Ok(mut l) = f.locals.try_borrow_mut() {
                dropped.extend(l.take().map(Value::Obj));
            }
        }
        Payload::Iter(it) => {
            if let Ok(mut it) = it.try_borrow_mut() {
                let old = std::mem::replace(&mut *it, IterData::Exhausted);
                drop(it);
                drop(old);
            }
        }
        _ => {}
    }
    drop(dropped);
}
