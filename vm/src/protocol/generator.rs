//! Generators and coroutines: creation from a function call, resumption with send/throw,
//! delegation to the `yield from` target, and PEP 479's StopIteration rule. Also the `next`
//! step of the built-in iterators.

use crate::error::{PyErr, PyResult};
use crate::interp::{self, Exit, Frame};
use crate::object::{ObjRef, Payload};
use crate::objects::function::FunctionData;
use crate::objects::generator::{GenData, GenKind};
use crate::objects::iter::IterData;
use crate::protocol::seq;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

pub enum GenStep {
    Yield(Value),
    Return(Value),
}

pub fn new_generator(vm: &mut Vm, frame: Box<Frame>, fd: &FunctionData) -> Value {
    let code = frame.code.clone();
    let kind = if code.flags & crate::bytecode::flags::COROUTINE != 0 {
        GenKind::Coroutine
    } else if code.flags & crate::bytecode::flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    };
    let cls = match kind {
        GenKind::Generator => vm.types.generator.clone(),
        GenKind::Coroutine => vm.types.coroutine.clone(),
        GenKind::AsyncGenerator => vm.types.async_generator.clone(),
    };
    let mut frame = frame;
    frame.is_generator = true;
    let g = GenData {
        frame: Some(frame),
        code,
        kind,
        running: false,
        started: false,
        name: fd.name.borrow().clone(),
        qualname: fd.qualname.borrow().clone(),
        closed: false,
        exc_state: None,
    };
    Value::Obj(ObjRef::new(cls, Payload::Generator(RefCell::new(g))))
}

fn gen_data(g: &ObjRef) -> &RefCell<GenData> {
    match &g.payload {
        Payload::Generator(d) => d,
        _ => panic!("not a generator"),
    }
}

/// The `yield from` target a suspended frame is delegating to, if any.
fn delegate(f: &Frame) -> Option<Value> {
    let pc = f.pc;
    if pc >= 2 {
        let y = f.code.instrs[pc - 1];
        let s = f.code.instrs[pc - 2];
        if y.op == crate::bytecode::Op::YieldValue && y.arg == 1 && s.op == crate::bytecode::Op::Send {
            return f.stack.last().cloned();
        }
    }
    None
}

fn kind_word(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// Resumes a generator: sends `value`, or raises `throw` inside it.
pub fn resume(vm: &mut Vm, g: &ObjRef, value: Value, throw: Option<PyErr>) -> PyResult<GenStep> {
    let gd = gen_data(g);
    let (mut frame, kind, started) = {
        let mut b = gd.borrow_mut();
        if b.running {
            let k = b.kind;
            drop(b);
            return Err(vm.value_error(format!("{} already executing", kind_word(k))));
        }
        let k = b.kind;
        match b.frame.take() {
            Some(f) => (f, k, b.started),
            None => {
                drop(b);
                if let Some(e) = throw {
                    return Err(e);
                }
                if k == GenKind::Coroutine {
                    return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
                }
                return Ok(GenStep::Return(Value::None));
            }
        }
    };
    if !started {
        if throw.is_none() && !value.is_none() {
            gd.borrow_mut().frame = Some(frame);
            let w = kind_word(kind);
            return Err(vm.type_error(format!("can't send non-None value to a just-started {w}")));
        }
        if let Some(e) = throw {
            gd.borrow_mut().closed = true;
            return Err(e);
        }
    }
    let mut throw = throw;
    let mut push_value = started;
    // delegate a throw to the sub-iterator of `yield from`
    if let Some(e) = throw.take() {
        match delegate(&frame) {
            Some(sub) => {
                gd.borrow_mut().running = true;
                let r = throw_into(vm, &sub, e);
                gd.borrow_mut().running = false;
                match r {
                    Ok(GenStep::Yield(v)) => {
                        gd.borrow_mut().frame = Some(frame);
                        return Ok(GenStep::Yield(v));
                    }
                    Ok(GenStep::Return(v)) => {
                        // the delegation finished: continue after the SEND loop with its value
                        frame.stack.pop();
                        frame.stack.push(v);
                        let send_pc = frame.pc - 2;
                        frame.pc = frame.code.instrs[send_pc].arg as usize;
                        push_value = false;
                    }
                    Err(e2) => {
                        throw = Some(e2);
                    }
                }
            }
            None => throw = Some(e),
        }
    }
    if push_value && throw.is_none() {
        frame.stack.push(value);
    }
    {
        let mut b = gd.borrow_mut();
        b.running = true;
        b.started = true;
    }
    // the generator runs with its own exception state, chained to the caller's
    let caller_exc = vm.handled_exc.take();
    vm.exc_chain.push(caller_exc);
    vm.handled_exc = gd.borrow_mut().exc_state.take();
    let r = interp::run_frame(vm, &mut frame, throw);
    let caller_exc = vm.exc_chain.pop().flatten();
    let gen_exc = std::mem::replace(&mut vm.handled_exc, caller_exc);
    let mut b = gd.borrow_mut();
    b.running = false;
    match r {
        Ok(Exit::Yield(v)) => {
            b.exc_state = gen_exc;
            b.frame = Some(frame);
            Ok(GenStep::Yield(v))
        }
        Ok(Exit::Return(v)) => {
            b.closed = true;
            Ok(GenStep::Return(v))
        }
        Err(e) => {
            b.closed = true;
            drop(b);
            let si = vm.types.stop_iteration.clone();
            let sai = vm.types.stop_async_iteration.clone();
            let is_si = e.0.with_class(|c| crate::objects::typeobj::is_subtype(c, &si));
            let is_sai = kind == GenKind::AsyncGenerator && e.0.with_class(|c| crate::objects::typeobj::is_subtype(c, &sai));
            if is_si || is_sai {
                let msg = if is_sai { "async generator raised StopAsyncIteration".to_string() } else { format!("{} raised StopIteration", kind_word(kind)) };
                let re = vm.runtime_error(msg);
                if let Payload::Exception(d) = &re.0.payload {
                    let mut d = d.borrow_mut();
                    d.cause = Some(Value::Obj(e.0.clone()));
                    d.context = Some(Value::Obj(e.0.clone()));
                    d.suppress_context = true;
                }
                return Err(re);
            }
            Err(e)
        }
    }
}

/// Throws into a `yield from` target (a generator or any object with `throw`).
fn throw_into(vm: &mut Vm, sub: &Value, e: PyErr) -> PyResult<GenStep> {
    let ge = vm.types.generator_exit.clone();
    let is_exit = e.0.with_class(|c| crate::objects::typeobj::is_subtype(c, &ge));
    if let Value::Obj(o) = sub {
        if let Payload::Generator(_) = &o.payload {
            if is_exit {
                close(vm, o)?;
                return Err(e);
            }
            return resume(vm, o, Value::None, Some(e));
        }
    }
    if is_exit {
        if let Some(c) = crate::protocol::attr::getattr_str_opt(vm, sub, "close")? {
            vm.call(&c, &[])?;
        }
        return Err(e);
    }
    match crate::protocol::attr::getattr_str_opt(vm, sub, "throw")? {
        Some(t) => match vm.call(&t, &[Value::Obj(e.0.clone())]) {
            Ok(v) => Ok(GenStep::Yield(v)),
            Err(e2) => {
                if seq::is_stop_iteration(vm, &e2) {
                    Ok(GenStep::Return(stop_iteration_value(vm, &e2)))
                } else {
                    Err(e2)
                }
            }
        },
        None => Err(e),
    }
}

/// `gen.close()`.
pub fn close(vm: &mut Vm, g: &ObjRef) -> PyResult<Value> {
    let gd = gen_data(g);
    if gd.borrow().frame.is_none() {
        return Ok(Value::None);
    }
    if !gd.borrow().started {
        let f = gd.borrow_mut().frame.take();
        drop(f);
        gd.borrow_mut().closed = true;
        return Ok(Value::None);
    }
    let t = vm.types.generator_exit.clone();
    let exc = PyErr(vm.new_exception(&t, vec![]));
    match resume(vm, g, Value::None, Some(exc)) {
        Ok(GenStep::Yield(_)) => {
            let kind = gd.borrow().kind;
            Err(vm.runtime_error(format!("{} ignored GeneratorExit", kind_word(kind))))
        }
        Ok(GenStep::Return(_)) => Ok(Value::None),
        Err(e) => {
            let ge = vm.types.generator_exit.clone();
            if e.0.with_class(|c| crate::objects::typeobj::is_subtype(c, &ge)) || seq::is_stop_iteration(vm, &e) {
                Ok(Value::None)
            } else {
                Err(e)
            }
        }
    }
}

/// The `value` of a StopIteration.
pub fn stop_iteration_value(vm: &mut Vm, e: &PyErr) -> Value {
    if let Some(v) = vm.get_attr_raw(&e.0, "value") {
        return v;
    }
    match &e.0.payload {
        Payload::Exception(d) => match &d.borrow().args {
            Value::Obj(t) => match &t.payload {
                Payload::Tuple(items) => items.first().cloned().unwrap_or(Value::None),
                _ => Value::None,
            },
            _ => Value::None,
        },
        _ => Value::None,
    }
}

/// One step of a built-in iterator.
pub fn iter_next(vm: &mut Vm, it: &ObjRef, d: &RefCell<IterData>) -> PyResult<Option<Value>> {
    // fast, borrow-local cases first
    {
        let mut b = d.borrow_mut();
        match &mut *b {
            IterData::Range { cur, stop, step } => {
                let v = *cur;
                if (*step > 0 && v < *stop) || (*step < 0 && v > *stop) {
                    match cur.checked_add(*step) {
                        Some(n) => *cur = n,
                        None => *cur = *stop,
                    }
                    return Ok(Some(Value::Int(v)));
                }
                return Ok(None);
            }
            IterData::Seq { seq, index } => {
                let i = *index;
                let r = match seq {
                    Value::Obj(o) => match &o.payload {
                        Payload::List(l) => l.borrow().get(i).cloned(),
                        Payload::Tuple(t) => t.get(i).cloned(),
                        Payload::Str(s) => {
                            if i < s.char_len() {
                                let c = s.char_at(i);
                                let mut buf = [0u8; 4];
                                Some(Value::Obj(vm.intern(c.encode_utf8(&mut buf))))
                            } else {
                                None
                            }
                        }
                        Payload::Bytes(bs) => bs.get(i).map(|x| Value::Int(*x as i64)),
                        Payload::ByteArray(bs) => bs.borrow().get(i).map(|x| Value::Int(*x as i64)),
                        _ => None,
                    },
                    _ => None,
                };
                match r {
                    Some(v) => {
                        *index += 1;
                        return Ok(Some(v));
                    }
                    None => {
                        *b = IterData::Exhausted;
                        return Ok(None);
                    }
                }
            }
            IterData::Dict { dict, pos, len, left, kind } => {
                let Value::Obj(dobj) = &*dict else { return Ok(None) };
                let Payload::Dict(dd) = &dobj.payload else { return Ok(None) };
                let found = {
                    let t = dd.borrow();
                    if t.len() != *len {
                        None
                    } else {
                        Some(t.next_from(*pos).map(|(p, e)| (p, e.key.clone(), e.value.clone())))
                    }
                };
                let Some(found) = found else {
                    *len = usize::MAX;
                    drop(b);
                    return Err(vm.runtime_error("dictionary changed size during iteration"));
                };
                let Some((p, k, v)) = found else {
                    *b = IterData::Exhausted;
                    return Ok(None);
                };
                if *left == 0 {
                    // an entry the iteration did not expect: same size, different keys
                    *b = IterData::Exhausted;
                    drop(b);
                    return Err(vm.runtime_error("dictionary keys changed during iteration"));
                }
                *pos = p + 1;
                *left -= 1;
                let kind = *kind;
                drop(b);
                return Ok(Some(match kind {
                    0 => k,
                    1 => v,
                    _ => vm.new_tuple(vec![k, v]),
                }));
            }
            IterData::Set { set, pos, len } => {
                let Value::Obj(so) = &*set else { return Ok(None) };
                let (Payload::Set(sd) | Payload::FrozenSet(sd)) = &so.payload else { return Ok(None) };
                let found = {
                    let t = sd.borrow();
                    if t.len() != *len {
                        None
                    } else {
                        Some(t.next_from(*pos).map(|(p, k)| (p, k.clone())))
                    }
                };
                match found {
                    None => {
                        *len = usize::MAX;
                        drop(b);
                        return Err(vm.runtime_error("Set changed size during iteration"));
                    }
                    Some(None) => {
                        *b = IterData::Exhausted;
                        return Ok(None);
                    }
                    Some(Some((p, k))) => {
                        *pos = p + 1;
                        return Ok(Some(k));
                    }
                }
            }
            IterData::Callable { func, sentinel } => {
                // the state stays in place while the callable runs: a re-entrant call that
                // exhausts this iterator is seen afterwards (CPython's calliter_iternext)
                let (f, sentinel) = (func.clone(), sentinel.clone());
                drop(b);
                let r = vm.call(&f, &[]);
                let exhausted = matches!(&*d.borrow(), IterData::Exhausted);
                return match r {
                    Ok(_) if exhausted => Ok(None),
                    Ok(v) => {
                        if vm.eq(&sentinel, &v)? {
                            *d.borrow_mut() = IterData::Exhausted;
                            Ok(None)
                        } else {
                            Ok(Some(v))
                        }
                    }
                    Err(e) if seq::is_stop_iteration(vm, &e) => {
                        *d.borrow_mut() = IterData::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                };
            }
            IterData::Exhausted => return Ok(None),
            _ => {}
        }
    }
    let _ = it;
    // Python code runs below: the iterator reads as exhausted meanwhile, and gets its state
    // back if the step fails (a map/filter/zip whose function raised can be resumed).
    let state = std::mem::replace(&mut *d.borrow_mut(), IterData::Exhausted);
    let backup = state.clone();
    match step_slow(vm, state) {
        Ok((result, new_state)) => {
            *d.borrow_mut() = new_state;
            Ok(result)
        }
        Err(e) => {
            *d.borrow_mut() = backup;
            Err(e)
        }
    }
}

fn step_slow(vm: &mut Vm, state: IterData) -> PyResult<(Option<Value>, IterData)> {
    Ok(match state {
        IterData::GetItem { seq: s, index } => match seq::getitem(vm, &s, &Value::Int(index)) {
            Ok(v) => (Some(v), IterData::GetItem { seq: s, index: index + 1 }),
            Err(e) => {
                let ie = vm.types.index_error.clone();
                if e.0.with_class(|c| crate::objects::typeobj::is_subtype(c, &ie)) || seq::is_stop_iteration(vm, &e) {
                    (None, IterData::Exhausted)
                } else {
                    return Err(e);
                }
            }
        },
        IterData::BigRange { cur, stop, step } => {
            let c = crate::protocol::number::as_int(&cur).map(|x| x.to_big()).unwrap_or_default();
            let s = crate::protocol::number::as_int(&stop).map(|x| x.to_big()).unwrap_or_default();
            let st = crate::protocol::number::as_int(&step).map(|x| x.to_big()).unwrap_or_default();
            let pos = st > num_bigint::BigInt::from(0);
            if (pos && c < s) || (!pos && c > s) {
                let next = vm.new_int_big(&c + &st);
                (Some(vm.new_int_big(c)), IterData::BigRange { cur: next, stop, step })
            } else {
                (None, IterData::Exhausted)
            }
        }
        IterData::Reversed { seq: s, index } => {
            if index < 0 {
                (None, IterData::Exhausted)
            } else {
                let len = seq::len(vm, &s)? as isize;
                if index >= len {
                    (None, IterData::Exhausted)
                } else {
                    let v = seq::getitem(vm, &s, &Value::Int(index as i64))?;
                    (Some(v), IterData::Reversed { seq: s, index: index - 1 })
                }
            }
        }
        IterData::Enumerate { it, count } => match seq::next(vm, &it)? {
            Some(v) => {
                let next = crate::protocol::number::binary_op(vm, &count, &Value::Int(1), crate::bytecode::BinOp::Add, false)?;
                (Some(vm.new_tuple(vec![count, v])), IterData::Enumerate { it, count: next })
            }
            None => (None, IterData::Exhausted),
        },
        IterData::Zip { its, strict } => {
            let mut items = Vec::with_capacity(its.len());
            for (i, x) in its.iter().enumerate() {
                match seq::next(vm, x)? {
                    Some(v) => items.push(v),
                    None => {
                        if strict {
                            let plural = |k: usize| if k == 1 { " 1".to_string() } else { format!("s 1-{k}") };
                            if i > 0 {
                                return Err(vm.value_error(format!("zip() argument {} is shorter than argument{}", i + 1, plural(i))));
                            }
                            for (j, y) in its.iter().enumerate().skip(1) {
                                if seq::next(vm, y)?.is_some() {
                                    return Err(vm.value_error(format!("zip() argument {} is longer than argument{}", j + 1, plural(j))));
                                }
                            }
                        }
                        return Ok((None, IterData::Exhausted));
                    }
                }
            }
            if its.is_empty() {
                return Ok((None, IterData::Exhausted));
            }
            (Some(vm.new_tuple(items)), IterData::Zip { its, strict })
        }
        IterData::Map { func, its } => {
            let mut args = Vec::with_capacity(its.len());
            for x in its.iter() {
                match seq::next(vm, x)? {
                    Some(v) => args.push(v),
                    None => return Ok((None, IterData::Exhausted)),
                }
            }
            let r = vm.call(&func, &args)?;
            (Some(r), IterData::Map { func, its })
        }
        IterData::Filter { func, it } => loop {
            match seq::next(vm, &it)? {
                Some(v) => {
                    let keep = if func.is_none() {
                        vm.truthy(&v)?
                    } else {
                        let r = vm.call(&func, std::slice::from_ref(&v))?;
                        vm.truthy(&r)?
                    };
                    if keep {
                        break (Some(v), IterData::Filter { func, it });
                    }
                }
                None => break (None, IterData::Exhausted),
            }
        },
        other @ (IterData::Range { .. }
        | IterData::Seq { .. }
        | IterData::Dict { .. }
        | IterData::Set { .. }
        | IterData::Callable { .. }
        | IterData::Exhausted) => (None, if matches!(other, IterData::Exhausted) { other } else { IterData::Exhausted }),
    })
}
