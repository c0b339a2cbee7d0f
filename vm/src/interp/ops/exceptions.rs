//! Raising and matching exceptions: `raise … from …`, `except` matching, `except*` splitting,
//! `__context__` chaining and traceback entries.

use super::super::Frame;
use crate::error::{PyErr, PyResult};
use crate::object::{FrameData, ObjRef, Payload, TracebackData};
use crate::objects::typeobj::is_subtype;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};

fn is_exc_class(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && is_subtype(o, &vm.types.base_exception))
}

fn is_exc_instance(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Exception(_)))
}

/// Turns `raise X` operand into an exception instance.
pub fn make_exception(vm: &mut Vm, v: Value, what: &str) -> PyResult<ObjRef> {
    if is_exc_class(vm, &v) {
        let inst = vm.call(&v, &[])?;
        if !is_exc_instance(&inst) {
            let tn = vm.type_name(&inst);
            let cn = vm.type_name(&v);
            let _ = cn;
            let r = crate::protocol::repr::repr(vm, &v)?;
            return Err(vm.type_error(format!("calling {r} should have returned an instance of BaseException, not {tn}")));
        }
        return Ok(inst.as_obj().cloned().unwrap_or_else(|| vm.null.clone()));
    }
    if let Value::Obj(o) = &v {
        if is_exc_instance(&v) {
            return Ok(o.clone());
        }
    }
    Err(vm.type_error(what))
}

pub fn do_raise(vm: &mut Vm, f: &mut Frame, argc: u32) -> PyErr {
    let cause = if argc == 2 { f.stack.pop() } else { None };
    if argc == 0 {
        return match vm.current_exc() {
            Some(Value::Obj(e)) => PyErr(e),
            _ => vm.runtime_error("No active exception to reraise"),
        };
    }
    let exc = f.stack.pop().unwrap_or(Value::None);
    let e = match make_exception(vm, exc, "exceptions must derive from BaseException") {
        Ok(e) => e,
        Err(err) => return err,
    };
    if let Some(c) = cause {
        let cause_v = if c.is_none() {
            Value::None
        } else {
            match make_exception(vm, c, "exception causes must derive from BaseException") {
                Ok(ce) => Value::Obj(ce),
                Err(err) => return err,
            }
        };
        if let Payload::Exception(d) = &e.payload {
            let mut d = d.borrow_mut();
            d.cause = if cause_v.is_none() { None } else { Some(cause_v) };
            d.suppress_context = true;
        }
    }
    set_context(vm, &PyErr(e.clone()));
    PyErr(e)
}

/// Sets `__context__` of a newly raised exception to the exception being handled.
pub fn set_context(vm: &mut Vm, err: &PyErr) {
    let Some(Value::Obj(handled)) = vm.current_exc() else { return };
    if handled.is(&err.0) {
        return;
    }
    // break cycles: if err is already in handled's context chain, cut it there; a cycle
    // already in the chain is detected with a slower second pointer (as CPython does)
    let context_of = |o: &ObjRef| match &o.payload {
        Payload::Exception(d) => d.borrow().context.clone(),
        _ => None,
    };
    let mut o = handled.clone();
    let mut slow = handled.clone();
    let mut toggle = false;
    while let Some(Value::Obj(n)) = context_of(&o) {
        if n.is(&err.0) {
            if let Payload::Exception(d) = &o.payload {
                d.borrow_mut().context = None;
            }
            break;
        }
        o = n;
        if o.is(&slow) {
            break;
        }
        if toggle {
            if let Some(Value::Obj(s)) = context_of(&slow) {
                slow = s;
            }
        }
        toggle = !toggle;
    }
    if let Payload::Exception(d) = &err.0.payload {
        d.borrow_mut().context = Some(Value::Obj(handled));
    }
}

/// The frame object for an interpreter frame (created once per frame).
pub fn frame_object(vm: &mut Vm, f: &mut Frame) -> ObjRef {
    if let Some(o) = &f.frame_obj {
        if let Payload::Frame(fd) = &o.payload {
            fd.lineno.set(f.line());
        }
        return o.clone();
    }
    let o = ObjRef::new(
        vm.types.frame.clone(),
        Payload::Frame(FrameData {
            code: f.code.clone(),
            globals: f.globals.clone(),
            locals: RefCell::new(f.locals_map.as_ref().and_then(|v| v.as_obj().cloned())),
            lineno: Cell::new(f.line()),
            back: None,
        }),
    );
    f.frame_obj = Some(o.clone());
    o
}

pub fn add_traceback(vm: &mut Vm, f: &mut Frame, err: &PyErr, pc: usize) {
    let frame = frame_object(vm, f);
    let Payload::Exception(d) = &err.0.payload else { return };
    let next = d.borrow().traceback.clone();
    let lineno = f.code.line_at(pc);
    let tb = ObjRef::new(vm.types.traceback.clone(), Payload::Traceback(TracebackData { next: RefCell::new(next), frame, lasti: pc, lineno }));
    d.borrow_mut().traceback = Some(tb);
}

pub fn exception_matches(vm: &mut Vm, exc: &Value, ty: &Value) -> PyResult<bool> {
    check_except_type(vm, ty, false)?;
    Ok(matches_type(vm, exc, ty))
}

fn check_except_type(vm: &mut Vm, ty: &Value, star: bool) -> PyResult<()> {
    let ok = |vm: &Vm, t: &Value| is_exc_class(vm, t);
    let valid = match ty {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(items) => items.iter().all(|t| ok(vm, t)),
            _ => ok(vm, ty),
        },
        _ => false,
    };
    if !valid {
        return Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    if star {
        let is_group = |vm: &Vm, t: &Value| matches!(t, Value::Obj(o) if is_subtype(o, &vm.types.base_exception_group));
        let bad = match ty {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(items) => items.iter().any(|t| is_group(vm, t)),
                _ => is_group(vm, ty),
            },
            _ => false,
        };
        if bad {
            return Err(vm.type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
    }
    Ok(())
}

pub fn matches_type(vm: &Vm, exc: &Value, ty: &Value) -> bool {
    match ty {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(items) => items.iter().any(|t| matches_type(vm, exc, t)),
            Payload::Type(_) => vm.is_instance_of(exc, o),
            _ => false,
        },
        _ => false,
    }
}

/// CHECK_EG_MATCH: splits an exception (group) by type; returns (rest, match).
pub fn eg_match(vm: &mut Vm, exc: Value, ty: &Value) -> PyResult<(Value, Value)> {
    check_except_type(vm, ty, true)?;
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    if matches_type(vm, &exc, ty) {
        if vm.is_instance_of(&exc, &vm.types.base_exception_group.clone()) {
            return Ok((Value::None, exc));
        }
        // a naked exception matched by except*: wrap it in an ExceptionGroup
        let eg_t = vm.types.exception_group.clone();
        let msg = vm.new_str("");
        let lst = vm.new_tuple(vec![exc.clone()]);
        let eg = vm.call(&Value::Obj(eg_t), &[msg, lst])?;
        if let (Value::Obj(g), Value::Obj(e)) = (&eg, &exc) {
            if let (Payload::Exception(gd), Payload::Exception(ed)) = (&g.payload, &e.payload) {
                gd.borrow_mut().traceback = ed.borrow().traceback.clone();
            }
        }
        return Ok((Value::None, eg));
    }
    if vm.is_instance_of(&exc, &vm.types.base_exception_group.clone()) {
        let pair = vm.call_method(&exc, "split", &[ty.clone()])?;
        if let Value::Obj(p) = &pair {
            if let Payload::Tuple(t) = &p.payload {
                if t.len() == 2 {
                    return Ok((t[1].clone(), t[0].clone()));
                }
            }
        }
    }
    Ok((exc, Value::None))
}

fn leaves(vm: &mut Vm, e: &Value, out: &mut Vec<usize>) {
    if vm.is_instance_of(e, &vm.types.base_exception_group.clone()) {
        if let Ok(Value::Obj(t)) = crate::protocol::attr::getattr_str(vm, e, "exceptions") {
            if let Payload::Tuple(items) = &t.payload {
                for i in items.iter() {
                    leaves(vm, i, out);
                }
            }
        }
    } else if let Value::Obj(o) = e {
        out.push(o.addr());
    }
}

/// PREP_RERAISE_STAR: combines the exceptions raised and re-raised by `except*` clauses.
pub fn prep_reraise_star(vm: &mut Vm, orig: Value, list: Value) -> PyResult<Value> {
    let items: Vec<Value> = match &list {
        Value::Obj(o) => match &o.payload {
            Payload::List(l) => l.borrow().iter().filter(|v| !v.is_none()).cloned().collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    if items.is_empty() {
        return Ok(Value::None);
    }
    if !vm.is_instance_of(&orig, &vm.types.base_exception_group.clone()) {
        // a naked exception: only one thing can be in the list
        return Ok(items[0].clone());
    }
    let mut orig_leaves = Vec::new();
    leaves(vm, &orig, &mut orig_leaves);
    let mut raised = Vec::new();
    let mut keep: Vec<usize> = Vec::new();
    for e in &items {
        let mut l = Vec::new();
        leaves(vm, e, &mut l);
        let is_reraise = !l.is_empty() && l.iter().all(|x| orig_leaves.contains(x));
        if is_reraise {
            keep.extend(l);
        } else {
            raised.push(e.clone());
        }
    }
    let reraised = if keep.is_empty() { Value::None } else { split_by_ids(vm, &orig, &keep)? };
    if raised.is_empty() {
        return Ok(reraised);
    }
    if !reraised.is_none() {
        raised.push(reraised);
    }
    if raised.len() == 1 {
        return Ok(raised.remove(0));
    }
    let eg_t = vm.types.exception_group.clone();
    let base_t = vm.types.base_exception_group.clone();
    let all_exc = raised.iter().all(|r| vm.is_instance_of(r, &vm.types.exception.clone()));
    let msg = vm.new_str("");
    let lst = vm.new_list(raised);
    vm.call(&Value::Obj(if all_exc { eg_t } else { base_t }), &[msg, lst])
}

/// The subgroup of `eg` whose leaves have the given identities (structure preserved).
fn split_by_ids(vm: &mut Vm, eg: &Value, ids: &[usize]) -> PyResult<Value> {
    if !vm.is_instance_of(eg, &vm.types.base_exception_group.clone()) {
        return Ok(match eg {
            Value::Obj(o) if ids.contains(&o.addr()) => eg.clone(),
            _ => Value::None,
        });
    }
    let excs = crate::protocol::attr::getattr_str(vm, eg, "exceptions")?;
    let mut kept = Vec::new();
    let mut changed = false;
    if let Value::Obj(t) = &excs {
        if let Payload::Tuple(items) = &t.payload {
            for i in items.iter() {
                let sub = split_by_ids(vm, i, ids)?;
                if !sub.is(i) {
                    changed = true;
                }
                if !sub.is_none() {
                    kept.push(sub);
                }
            }
        }
    }
    if kept.is_empty() {
        return Ok(Value::None);
    }
    if !changed {
        return Ok(eg.clone());
    }
    let lst = vm.new_list(kept);
    let g = vm.call_method(eg, "derive", &[lst])?;
    crate::protocol::exceptions::copy_group_metadata(vm, eg, &g);
    Ok(g)
}
