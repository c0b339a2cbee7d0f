//! Calls from the interpreter: builtins that need the caller's frame, `f(*a, **k)`,
//! generator delegation (`SEND`), awaitables and context managers.

use super::super::Frame;
use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, Payload};
use crate::objects::native::{mflags, Args};
use crate::protocol::{attr, dictops, generator, seq};
use crate::value::Value;
use crate::vm::Vm;

/// How error messages name a callable: `f()`, `C.m()`, `print()`.
pub fn callable_description(vm: &mut Vm, func: &Value) -> String {
    let Value::Obj(o) = func else { return format!("{}()", vm.type_name(func)) };
    match &o.payload {
        Payload::Function(fd) => {
            let q = match &*fd.qualname.borrow() {
                Value::Obj(q) => vm.str_of(q),
                _ => "function".into(),
            };
            match &*fd.module.borrow() {
                Value::Obj(m) if matches!(m.payload, Payload::Str(_)) && vm.str_of(m) != "builtins" => format!("{}.{}()", vm.str_of(m), q),
                _ => format!("{q}()"),
            }
        }
        Payload::Builtin(b) => match &b.owner {
            Some(t) => format!("{}.{}()", crate::objects::typeobj::type_data(t).name.borrow(), b.name),
            None => format!("{}()", b.name),
        },
        Payload::Method { func, .. } => {
            let f = func.clone();
            callable_description(vm, &f)
        }
        Payload::Type(td) => format!("{}()", td.name.borrow()),
        _ => format!("{} object", vm.type_name(func)),
    }
}

/// Does calling `callable` need the caller's frame (locals(), zero-argument super(), …)?
#[inline]
pub fn needs_frame(vm: &Vm, callable: &Value, argc: usize) -> bool {
    match callable {
        Value::Obj(o) => match &o.payload {
            Payload::Builtin(b) => b.flags & mflags::NEEDS_FRAME != 0,
            Payload::Type(_) => (argc == 0 && o.is(&vm.types.super_)) || (argc == 3 && o.is(&vm.types.type_)),
            _ => false,
        },
        _ => false,
    }
}

/// Calls `callable`, giving builtins flagged NEEDS_FRAME (locals, globals, vars, dir, eval,
/// exec, super) access to the calling frame.
pub fn call_with_frame(vm: &mut Vm, f: &mut Frame, callable: &Value, args: Args) -> PyResult<Value> {
    if let Value::Obj(o) = callable {
        match &o.payload {
            Payload::Builtin(b) if b.flags & mflags::NEEDS_FRAME != 0 => return crate::protocol::frameops::call_frame_builtin(vm, f, b.name, args),
            Payload::Type(_) if o.is(&vm.types.super_) && args.values.is_empty() => return crate::protocol::frameops::zero_arg_super(vm, f),
            Payload::Type(_) if o.is(&vm.types.type_) => {
                vm.caller_globals = Some(f.globals.clone());
                let r = vm.call_args(callable, args);
                vm.caller_globals = None;
                return r;
            }
            _ => {}
        }
    }
    vm.call_args(callable, args)
}

pub fn call_ex(vm: &mut Vm, f: &mut Frame, callable: &Value, args: Value, kwargs: Option<Value>) -> PyResult<Value> {
    let pos: Vec<Value> = match &args {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => match &o.payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => unreachable!(),
        },
        _ => {
            if !seq::is_iterable(vm, &args) {
                let d = callable_description(vm, callable);
                let tn = vm.type_name(&args);
                return Err(vm.type_error(format!("{d} argument after * must be an iterable, not {tn}")));
            }
            seq::to_vec(vm, &args)?
        }
    };
    let mut values = pos;
    let mut names = Vec::new();
    if let Some(kw) = kwargs {
        let items: Vec<(Value, Value)> = match &kw {
            Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => match &o.payload {
                Payload::Dict(d) => d.borrow().items(),
                _ => unreachable!(),
            },
            _ => {
                if !dictops::is_mapping_like(vm, &kw) {
                    let d = callable_description(vm, callable);
                    let tn = vm.type_name(&kw);
                    return Err(vm.type_error(format!("{d} argument after ** must be a mapping, not {tn}")));
                }
                dictops::mapping_items(vm, &kw)?
            }
        };
        // CPython's vectorcall unpacking rejects non-str keys before the callee runs (for
        // user classes the key reaches `__init__`, whose binding decides; a bound str.format
        // takes any mapping)
        let checks = match callable {
            Value::Obj(o) => match &o.payload {
                Payload::Function(_) | Payload::Method { .. } => true,
                Payload::Type(td) => !td.has(crate::objects::typeobj::tflags::HEAPTYPE) && !o.is(&vm.types.object),
                // a bound str.format takes any mapping; min()/max() check their own keywords,
                // after their argument count
                Payload::Builtin(b) => !((b.name == "format" && b.this.is_some()) || matches!(b.name, "min" | "max")),
                _ => false,
            },
            _ => false,
        };
        for (k, v) in items {
            if checks && !matches!(&k, Value::Obj(o) if matches!(o.payload, Payload::Str(_))) {
                return Err(vm.type_error("keywords must be strings"));
            }
            names.push(k);
            values.push(v);
        }
    }
    let args = Args::with_kw(&values, &names);
    call_with_frame(vm, f, callable, args)
}

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

/// SEND: resumes the delegate of `yield from`/`await` with `v`.
pub fn send(vm: &mut Vm, receiver: &Value, v: Value) -> PyResult<SendResult> {
    if let Value::Obj(o) = receiver {
        if let Payload::Generator(_) = &o.payload {
            return match generator::resume(vm, o, v, None)? {
                generator::GenStep::Yield(y) => Ok(SendResult::Yielded(y)),
                generator::GenStep::Return(r) => Ok(SendResult::Returned(r)),
            };
        }
    }
    let r = if v.is_none() {
        match attr::lookup_special(vm, receiver, "__next__") {
            Some(f) => vm.call(&f, std::slice::from_ref(receiver)),
            None => seq::next_raw(vm, receiver),
        }
    } else {
        vm.call_method(receiver, "send", &[v])
    };
    match r {
        Ok(y) => Ok(SendResult::Yielded(y)),
        Err(e) => {
            let si = vm.types.stop_iteration.clone();
            if vm.is_instance_of(&Value::Obj(e.0.clone()), &si) {
                Ok(SendResult::Returned(generator::stop_iteration_value(vm, &e)))
            } else {
                Err(e)
            }
        }
    }
}

pub fn get_yield_from_iter(vm: &mut Vm, code: &crate::bytecode::CodeObject, v: Value) -> PyResult<Value> {
    if let Value::Obj(o) = &v {
        if let Payload::Generator(g) = &o.payload {
            let kind = g.borrow().kind;
            if kind == crate::objects::generator::GenKind::Coroutine
                && code.flags & (crate::bytecode::flags::COROUTINE | crate::bytecode::flags::ITERABLE_COROUTINE) == 0
            {
                return Err(vm.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
            }
            return Ok(v);
        }
    }
    seq::get_iter(vm, &v)
}

pub fn get_awaitable(vm: &mut Vm, v: Value, where_: u32) -> PyResult<Value> {
    if let Value::Obj(o) = &v {
        if let Payload::Generator(g) = &o.payload {
            let g = g.borrow();
            if g.kind == crate::objects::generator::GenKind::Coroutine {
                if g.running || g.frame.as_ref().map(|f| f.pc > 0 && is_awaiting(f)).unwrap_or(false) {
                    drop(g);
                    return Err(vm.runtime_error("coroutine is being awaited already"));
                }
                return Ok(v.clone());
            }
        }
    }
    let m = attr::lookup_special(vm, &v, "__await__");
    match m {
        Some(m) => {
            let it = vm.call(&m, &[v.clone()])?;
            if let Value::Obj(o) = &it {
                if let Payload::Generator(g) = &o.payload {
                    if g.borrow().kind == crate::objects::generator::GenKind::Coroutine {
                        return Err(vm.type_error("__await__() returned a coroutine"));
                    }
                }
            }
            if attr::lookup_special(vm, &it, "__next__").is_none() {
                let tn = vm.type_name(&it);
                return Err(vm.type_error(format!("__await__() returned non-iterator of type '{tn}'")));
            }
            Ok(it)
        }
        None => {
            let tn = vm.type_name(&v);
            let msg = match where_ {
                1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {tn}"),
                2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {tn}"),
                _ => format!("object {tn} can't be used in 'await' expression"),
            };
            Err(vm.type_error(msg))
        }
    }
}

fn is_awaiting(f: &Frame) -> bool {
    let pc = f.pc;
    pc >= 1
        && f.code.instrs.get(pc - 1).map(|i| i.op == crate::bytecode::Op::YieldValue && i.arg == 1).unwrap_or(false)
        && pc >= 2
        && f.code.instrs[pc - 2].op == crate::bytecode::Op::Send
}

pub fn get_aiter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match attr::lookup_special(vm, &v, "__aiter__") {
        Some(m) => {
            let it = vm.call(&m, &[v.clone()])?;
            if attr::lookup_special(vm, &it, "__anext__").is_none() {
                let tn = vm.type_name(&it);
                return Err(vm.type_error(format!("'async for' received an object from __aiter__ that does not implement __anext__: {tn}")));
            }
            Ok(it)
        }
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!("'async for' requires an object with __aiter__ method, got {tn}")))
        }
    }
}

pub fn get_anext(vm: &mut Vm, aiter: &Value) -> PyResult<Value> {
    match attr::lookup_special(vm, aiter, "__anext__") {
        Some(m) => {
            let aw = vm.call(&m, &[aiter.clone()])?;
            match get_awaitable(vm, aw.clone(), 0) {
                Ok(a) => Ok(a),
                Err(_) => {
                    let tn = vm.type_name(&aw);
                    Err(vm.type_error(format!("'async for' received an invalid object from __anext__: {tn}")))
                }
            }
        }
        None => {
            let tn = vm.type_name(aiter);
            Err(vm.type_error(format!("'async for' requires an iterator with __anext__ method, got {tn}")))
        }
    }
}

pub fn before_with(vm: &mut Vm, mgr: &Value, is_async: bool) -> PyResult<(Value, Value)> {
    let (enter_name, exit_name) = if is_async { ("__aenter__", "__aexit__") } else { ("__enter__", "__exit__") };
    let enter = attr::lookup_special(vm, mgr, enter_name);
    let Some(enter) = enter else {
        let tn = vm.type_name(mgr);
        let what = if is_async { "asynchronous context manager" } else { "context manager" };
        return Err(vm.type_error(format!("'{tn}' object does not support the {what} protocol")));
    };
    let exit = attr::lookup_special(vm, mgr, exit_name);
    let Some(exit) = exit else {
        let tn = vm.type_name(mgr);
        let what = if is_async { "asynchronous context manager" } else { "context manager" };
        return Err(vm.type_error(format!("'{tn}' object does not support the {what} protocol (missed {exit_name} method)")));
    };
    let cls = vm.type_of(mgr);
    let bound_exit = match attr::descr_get(vm, &exit, Some(mgr), &cls)? {
        Some(b) => b,
        None => exit,
    };
    let res = vm.call(&enter, &[mgr.clone()])?;
    Ok((bound_exit, res))
}

pub fn with_except_start(vm: &mut Vm, exit: &Value, exc: &Value) -> PyResult<Value> {
    let ty = vm.type_of(exc);
    let tb = match exc {
        Value::Obj(o) => match &o.payload {
            Payload::Exception(d) => d.borrow().traceback.clone().map(Value::Obj).unwrap_or(Value::None),
            _ => Value::None,
        },
        _ => Value::None,
    };
    vm.call(exit, &[Value::Obj(ty), exc.clone(), tb])
}

pub fn err_value(e: &PyErr) -> Value {
    Value::Obj(e.0.clone())
}

pub fn as_obj(v: &Value) -> Option<&ObjRef> {
    v.as_obj()
}
