//! `traverse`: the references a heap object holds, for the cycle collector (CPython's
//! `tp_traverse`). Read borrows only; no Python code runs.

use crate::interp::Frame;
use crate::object::{ObjRef, Payload};
use crate::objects::iter::IterData;
use crate::objects::typeobj::{tflags, type_data};
use crate::value::Value;

/// How the collector treats an edge. A `Weak` edge (a base class's list of its subclasses,
/// which CPython keeps as weak references) is subtracted from the target's count like any
/// reference but does not make the target reachable.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Edge {
    Strong,
    Weak,
}

/// Calls `visit` for every object reference `o` holds: its class, its instance dict and
/// `__slots__`, and what its payload refers to. Returns false when part of the object is
/// mutably borrowed right now (its edges are then incomplete and the caller must treat the
/// object as reachable from outside).
pub fn traverse(o: &ObjRef, visit: &mut impl FnMut(&ObjRef, Edge)) -> bool {
    // built-in classes live as long as the interpreter: like CPython, only heap types are
    // visited through their instances
    o.with_class(|c| {
        if type_data(c).has(tflags::HEAPTYPE) {
            visit(c, Edge::Strong)
        }
    });
    if let Some(ext) = &o.ext {
        ext.dict.with(|d| d.map(|d| visit(d, Edge::Strong)));
        for s in ext.slots.iter() {
            s.with(|v| v.map(|v| visit(v, Edge::Strong)));
        }
    }
    payload(&o.payload, visit)
}

#[inline]
fn val(v: &Value, visit: &mut impl FnMut(&ObjRef, Edge)) {
    if let Value::Obj(o) = v {
        visit(o, Edge::Strong);
    }
}

#[inline]
fn opt(v: &Option<ObjRef>, visit: &mut impl FnMut(&ObjRef, Edge)) {
    if let Some(o) = v {
        visit(o, Edge::Strong);
    }
}

#[inline]
fn optv(v: &Option<Value>, visit: &mut impl FnMut(&ObjRef, Edge)) {
    if let Some(v) = v {
        val(v, visit);
    }
}

fn payload(p: &Payload, visit: &mut impl FnMut(&ObjRef, Edge)) -> bool {
    match p {
        // CPython's order, which `gc.get_referents` shows: sequences from the end, dict values
        // before their keys, str keys (never tracked) skipped
        Payload::List(l) => match l.try_borrow() {
            Ok(l) => l.iter().rev().for_each(|v| val(v, visit)),
            Err(_) => return false,
        },
        Payload::Tuple(t) => t.iter().rev().for_each(|v| val(v, visit)),
        Payload::Dict(d) => match d.try_borrow() {
            Ok(d) => {
                for e in d.iter() {
                    val(&e.value, visit);
                    if !matches!(&e.key, Value::Obj(k) if k.ext.is_none() && matches!(k.payload, Payload::Str(_))) {
                        val(&e.key, visit);
                    }
                }
            }
            Err(_) => return false,
        },
        Payload::Set(s) | Payload::FrozenSet(s) => match s.try_borrow() {
            Ok(s) => s.iter().for_each(|(_, v)| val(v, visit)),
            Err(_) => return false,
        },
        Payload::Range { start, stop, step } | Payload::Slice { start, stop, step } => {
            val(start, visit);
            val(stop, visit);
            val(step, visit);
        }
        Payload::Type(td) => {
            let (Ok(bases), Ok(mro), Ok(subs), Ok(cache)) = (td.bases.try_borrow(), td.mro.try_borrow(), td.subclasses.try_borrow(), td.cache.try_borrow())
            else {
                return false;
            };
            bases.iter().for_each(|b| visit(b, Edge::Strong));
            mro.iter().for_each(|b| visit(b, Edge::Strong));
            visit(&td.dict, Edge::Strong);
            subs.iter().for_each(|s| visit(s, Edge::Weak));
            for (name, v) in cache.values() {
                visit(name, Edge::Strong);
                optv(v, visit);
            }
        }
        Payload::Function(f) => {
            visit(&f.globals, Edge::Strong);
            visit(&f.builtins, Edge::Strong);
            opt(&f.closure, visit);
            let (Ok(name), Ok(qualname), Ok(defaults), Ok(kwdefaults), Ok(doc), Ok(module), Ok(ann)) = (
                f.name.try_borrow(),
                f.qualname.try_borrow(),
                f.defaults.try_borrow(),
                f.kwdefaults.try_borrow(),
                f.doc.try_borrow(),
                f.module.try_borrow(),
                f.annotations.try_borrow(),
            ) else {
                return false;
            };
            val(&name, visit);
            val(&qualname, visit);
            opt(&defaults, visit);
            opt(&kwdefaults, visit);
            val(&doc, visit);
            val(&module, visit);
            opt(&ann, visit);
        }
        Payload::Builtin(b) => {
            optv(&b.this, visit);
            opt(&b.owner, visit);
        }
        Payload::Method { func, this } => {
            val(func, visit);
            val(this, visit);
        }
        Payload::Module { dict } => visit(dict, Edge::Strong),
        Payload::Cell(c) => match c.try_borrow() {
            Ok(c) => optv(&c, visit),
            Err(_) => return false,
        },
        Payload::Property(p) => match p.try_borrow() {
            Ok(p) => p.iter().for_each(|v| val(v, visit)),
            Err(_) => return false,
        },
        Payload::StaticMethod(c) | Payload::ClassMethod(c) => match c.try_borrow() {
            Ok(c) => val(&c, visit),
            Err(_) => return false,
        },
        Payload::Super { ty, obj, obj_type } => {
            visit(ty, Edge::Strong);
            val(obj, visit);
            opt(obj_type, visit);
        }
        Payload::Generator(g) => match g.try_borrow() {
            Ok(g) => {
                if let Some(f) = &g.frame {
                    frame(f, visit);
                }
                val(&g.name, visit);
                val(&g.qualname, visit);
                optv(&g.exc_state, visit);
            }
            Err(_) => return false,
        },
        Payload::Exception(e) => match e.try_borrow() {
            Ok(e) => {
                val(&e.args, visit);
                opt(&e.traceback, visit);
                optv(&e.cause, visit);
                optv(&e.context, visit);
            }
            Err(_) => return false,
        },
        Payload::Traceback(t) => {
            visit(&t.frame, Edge::Strong);
            match t.next.try_borrow() {
                Ok(n) => opt(&n, visit),
                Err(_) => return false,
            }
        }
        Payload::Frame(f) => {
            visit(&f.globals, Edge::Strong);
            opt(&f.back, visit);
            match f.locals.try_borrow() {
                Ok(l) => opt(&l, visit),
                Err(_) => return false,
            }
        }
        Payload::Iter(it) => match it.try_borrow() {
            Ok(it) => iter(&it, visit),
            Err(_) => return false,
        },
        Payload::MappingProxy(v) => val(v, visit),
        Payload::Member { name, owner, .. } => {
            visit(name, Edge::Strong);
            visit(owner, Edge::Strong);
        }
        Payload::GetSet(g) => visit(&g.owner, Edge::Strong),
        Payload::Plain
        | Payload::Int(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Code(_)
        | Payload::Counter(_)
        | Payload::Native(_) => {}
    }
    true
}

/// The references of a suspended interpreter frame (a generator's).
fn frame(f: &Frame, visit: &mut impl FnMut(&ObjRef, Edge)) {
    f.locals.iter().for_each(|v| optv(v, visit));
    f.cells.iter().for_each(|c| visit(c, Edge::Strong));
    f.stack.iter().for_each(|v| val(v, visit));
    visit(&f.globals, Edge::Strong);
    visit(&f.builtins, Edge::Strong);
    optv(&f.locals_map, visit);
    opt(&f.kwnames, visit);
    opt(&f.frame_obj, visit);
    optv(&f.init_self, visit);
    opt(&f.gen_owner, visit);
}

fn iter(it: &IterData, visit: &mut impl FnMut(&ObjRef, Edge)) {
    match it {
        IterData::Seq { seq, .. } | IterData::GetItem { seq, .. } | IterData::Reversed { seq, .. } => val(seq, visit),
        IterData::Range { .. } | IterData::Exhausted => {}
        IterData::BigRange { cur, stop, step } => {
            val(cur, visit);
            val(stop, visit);
            val(step, visit);
        }
        IterData::Dict { dict, .. } => val(dict, visit),
        IterData::Set { set, .. } => val(set, visit),
        IterData::Enumerate { it, count } => {
            val(it, visit);
            val(count, visit);
        }
        IterData::Zip { its, .. } => its.iter().for_each(|v| val(v, visit)),
        IterData::Map { func, its } => {
            val(func, visit);
            its.iter().for_each(|v| val(v, visit));
        }
        IterData::Filter { func, it } => {
            val(func, visit);
            val(it, visit);
        }
        IterData::Callable { func, sentinel } => {
            val(func, visit);
            val(sentinel, visit);
        }
    }
}

/// The objects `o` refers to, in traversal order (`gc.get_referents`).
pub fn referents(o: &ObjRef) -> Vec<ObjRef> {
    let mut out = Vec::new();
    traverse(o, &mut |r, _| out.push(r.clone()));
    out
}
