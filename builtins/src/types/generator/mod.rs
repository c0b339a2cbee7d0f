//! Generators and coroutines as Python sees them: `send`/`throw`/`close`/`__next__`, the
//! `gi_*`/`cr_*` attributes, `__name__`/`__qualname__`, `coroutine.__await__` (a
//! `coroutine_wrapper` over the same frame). Async generators live in `asyncgen.rs`.

mod asyncgen;

use crate::args;
use rpy_vm::bytecode::Op;
use rpy_vm::objects::generator::{GenData, GenKind};
use rpy_vm::objects::native::{Args, GetSetDef, MethodDef};
use rpy_vm::protocol::generator::{self as gen, GenStep};
use rpy_vm::{ObjRef, Payload, PyErr, PyResult, Value, Vm};
use std::cell::RefCell;

/// The generator state of `v` (any of the three kinds).
pub(crate) fn gen_of(vm: &mut Vm, v: &Value, what: &str) -> PyResult<ObjRef> {
    if let Value::Obj(o) = v {
        if let Payload::Generator(_) = &o.payload {
            return Ok(o.clone());
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a '{what}' object but received a '{tn}'")))
}

pub(crate) fn gdata(o: &ObjRef) -> &RefCell<GenData> {
    match &o.payload {
        Payload::Generator(g) => g,
        _ => unreachable!("checked by gen_of"),
    }
}

/// Turns the result of a resumption into what `send`/`__next__` return: the yielded value,
/// or StopIteration carrying the return value.
pub(crate) fn step_result(vm: &mut Vm, r: PyResult<GenStep>) -> PyResult<Value> {
    match r? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(if v.is_none() { vm.stop_iteration(None) } else { vm.stop_iteration(Some(v)) }),
    }
}

/// `throw(typ[, val[, tb]])` arguments normalised to an exception instance (CPython's
/// `_gen_throw` checks and `PyErr_NormalizeException`).
pub(crate) fn throw_exception(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<PyErr> {
    if args.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!("{name} expected at most 3 arguments, got {}", args.len())));
    }
    let typ = args[0].clone();
    let val = args.get(1).cloned().filter(|v| !v.is_none());
    let tb = match args.get(2) {
        None | Some(Value::None) => None,
        Some(Value::Obj(t)) if matches!(t.payload, Payload::Traceback(_)) => Some(t.clone()),
        Some(_) => return Err(vm.type_error("throw() third argument must be a traceback object")),
    };
    let base = vm.types.base_exception.clone();
    let exc = match &typ {
        Value::Obj(t) if matches!(t.payload, Payload::Type(_)) && rpy_vm::objects::typeobj::is_subtype(t, &base) => {
            // Normalisation failures (the class call raising, or returning a non-exception)
            // become the exception thrown into the generator, as PyErr_NormalizeException does.
            let inst = match val {
                Some(v) if vm.is_instance_of(&v, t) => Ok(v),
                Some(v) => {
                    let items = match &v {
                        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => match &o.payload {
                            Payload::Tuple(items) => items.to_vec(),
                            _ => Vec::new(),
                        },
                        _ => vec![v.clone()],
                    };
                    vm.call(&typ, &items)
                }
                None => vm.call(&typ, &[]),
            };
            match inst {
                Ok(Value::Obj(e)) if matches!(e.payload, Payload::Exception(_)) => e,
                Ok(other) => {
                    let r = rpy_vm::protocol::repr::repr(vm, &typ)?;
                    let tn = vm.type_name(&other);
                    return Ok(vm.type_error(format!("calling {r} should have returned an instance of BaseException, not {tn}")));
                }
                Err(e) => return Ok(e),
            }
        }
        Value::Obj(e) if matches!(e.payload, Payload::Exception(_)) => {
            if val.is_some() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            e.clone()
        }
        _ => {
            let tn = vm.type_name(&typ);
            return Err(vm.type_error(format!("exceptions must be classes or instances deriving from BaseException, not {tn}")));
        }
    };
    if let Some(tb) = tb {
        if let Payload::Exception(d) = &exc.payload {
            let old = d.borrow_mut().traceback.replace(tb);
            drop(old);
        }
    }
    Ok(PyErr(exc))
}

/// The object a suspended frame is delegating to with `yield from`/`await`.
pub(crate) fn yieldfrom(o: &ObjRef) -> Value {
    let g = gdata(o).borrow();
    if let Some(f) = &g.frame {
        let pc = f.pc;
        if pc >= 2 {
            let y = f.code.instrs[pc - 1];
            let s = f.code.instrs[pc - 2];
            if y.op == Op::YieldValue && y.arg == 1 && s.op == Op::Send {
                return f.stack.last().cloned().unwrap_or(Value::None);
            }
        }
    }
    Value::None
}

pub(crate) fn frame_of(vm: &mut Vm, o: &ObjRef) -> Value {
    let mut g = gdata(o).borrow_mut();
    let started = g.started;
    match g.frame.as_mut() {
        Some(f) => {
            let fo = rpy_vm::interp::ops::frame_object(vm, f);
            // f_locals of a suspended generator: a snapshot of its variables now (names are
            // exact strs, so building it runs no Python code)
            if let (Payload::Frame(fd), Ok(Value::Obj(d))) = (&fo.payload, rpy_vm::protocol::frameops::frame_locals(vm, f)) {
                if f.locals_map.is_none() {
                    fd.locals.replace(Some(d));
                }
            }
            if !started {
                // a generator that has not run yet is "on" its def line
                if let Payload::Frame(fd) = &fo.payload {
                    fd.lineno.set(f.code.firstlineno);
                }
            }
            Value::Obj(fo)
        }
        None => Value::None,
    }
}

pub(crate) fn suspended(o: &ObjRef) -> bool {
    let g = gdata(o).borrow();
    g.frame.is_some() && g.started && !g.running
}

fn kind_name(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
    }
}

// ----- shared methods --------------------------------------------------------------------

fn g_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = args::one_arg(vm, &a, "send")?;
    let o = gen_of(vm, &a.values[0], "generator")?;
    let r = gen::resume(vm, &o, v, None);
    step_result(vm, r)
}

fn g_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__next__")?;
    let o = gen_of(vm, &a.values[0], "generator")?;
    let r = gen::resume(vm, &o, Value::None, None);
    step_result(vm, r)
}

fn g_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__iter__")?;
    gen_of(vm, &a.values[0], "generator")?;
    Ok(a.values[0].clone())
}

fn g_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_kwargs(vm, &a, "throw")?;
    let o = gen_of(vm, &a.values[0], "generator")?;
    let e = throw_exception(vm, &a.pos()[1..], "throw")?;
    let r = gen::resume(vm, &o, Value::None, Some(e));
    step_result(vm, r)
}

fn g_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "close")?;
    let o = gen_of(vm, &a.values[0], "generator")?;
    gen::close(vm, &o)
}

pub(crate) fn g_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let o = gen_of(vm, &a.values[0], "generator")?;
    let (q, k) = {
        let g = gdata(&o).borrow();
        (g.qualname.clone(), g.kind)
    };
    let q = vm.to_string(&q)?;
    Ok(vm.new_string(format!("<{} object {q} at {:#x}>", kind_name(k), o.addr())))
}

fn g_await(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__await__")?;
    let o = gen_of(vm, &a.values[0], "coroutine")?;
    let t = vm.types.coroutine_wrapper.clone();
    Ok(Value::Obj(ObjRef::new(t, Payload::Native(Box::new(CoroWrapper { coro: o })))))
}

// ----- attributes ------------------------------------------------------------------------

pub(crate) fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = gen_of(vm, v, "generator")?;
    let n = gdata(&o).borrow().name.clone();
    Ok(n)
}

pub(crate) fn set_name(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = gen_of(vm, v, "generator")?;
    match new {
        Some(n) if vm.is_instance_of(&n, &vm.types.str.clone()) => {
            let old = std::mem::replace(&mut gdata(&o).borrow_mut().name, n);
            drop(old);
            Ok(())
        }
        _ => Err(vm.type_error("__name__ must be set to a string object")),
    }
}

pub(crate) fn get_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = gen_of(vm, v, "generator")?;
    let n = gdata(&o).borrow().qualname.clone();
    Ok(n)
}

pub(crate) fn set_qualname(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = gen_of(vm, v, "generator")?;
    match new {
        Some(n) if vm.is_instance_of(&n, &vm.types.str.clone()) => {
            let old = std::mem::replace(&mut gdata(&o).borrow_mut().qualname, n);
            drop(old);
            Ok(())
        }
        _ => Err(vm.type_error("__qualname__ must be set to a string object")),
    }
}

fn get_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = gen_of(vm, v, "generator")?;
    Ok(frame_of(vm, &o))
}

fn get_running(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = gen_of(vm, v, "generator")?;
    let r = gdata(&o).borrow().running;
    Ok(Value::Bool(r))
}

fn get_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = gen_of(vm, v, "generator")?;
    let c = gdata(&o).borrow().code.clone();
    Ok(vm.new_code(c))
}

fn get_yieldfrom(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = gen_of(vm, v, "generator")?;
    Ok(yieldfrom(&o))
}

fn get_suspended(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = gen_of(vm, v, "generator")?;
    Ok(Value::Bool(suspended(&o)))
}

fn get_origin(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    gen_of(vm, v, "coroutine")?;
    Ok(Value::None)
}

pub(crate) fn readonly(vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

// ----- coroutine_wrapper -----------------------------------------------------------------

/// The iterator `coroutine.__await__()` returns: drives the coroutine's frame.
pub(crate) struct CoroWrapper {
    coro: ObjRef,
}

fn wrapped_coro(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    if let Value::Obj(o) = v {
        if let Payload::Native(b) = &o.payload {
            if let Some(w) = b.downcast_ref::<CoroWrapper>() {
                return Ok(w.coro.clone());
            }
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'coroutine_wrapper' object but received a '{tn}'")))
}

fn cw_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__next__")?;
    let c = wrapped_coro(vm, &a.values[0])?;
    let r = gen::resume(vm, &c, Value::None, None);
    step_result(vm, r)
}

fn cw_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = args::one_arg(vm, &a, "send")?;
    let c = wrapped_coro(vm, &a.values[0])?;
    let r = gen::resume(vm, &c, v, None);
    step_result(vm, r)
}

fn cw_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_kwargs(vm, &a, "throw")?;
    let c = wrapped_coro(vm, &a.values[0])?;
    let e = throw_exception(vm, &a.pos()[1..], "throw")?;
    let r = gen::resume(vm, &c, Value::None, Some(e));
    step_result(vm, r)
}

fn cw_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "close")?;
    let c = wrapped_coro(vm, &a.values[0])?;
    gen::close(vm, &c)
}

fn cw_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__iter__")?;
    wrapped_coro(vm, &a.values[0])?;
    Ok(a.values[0].clone())
}

const SEND_DOC: &str = "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.";
const THROW_DOC: &str = "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.";
const CLOSE_DOC: &str = "close() -> raise GeneratorExit inside generator.";
const CORO_SEND_DOC: &str = "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.";
const CORO_THROW_DOC: &str =
    "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.";
const CORO_CLOSE_DOC: &str = "close() -> raise GeneratorExit inside coroutine.";

static GEN_METHODS: &[MethodDef] = &[
    MethodDef { name: "__iter__", func: g_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: g_next, flags: 0, sig: "($self, /)", doc: "Implement next(self)." },
    MethodDef { name: "send", func: g_send, flags: 0, sig: "", doc: SEND_DOC },
    MethodDef { name: "throw", func: g_throw, flags: 0, sig: "", doc: THROW_DOC },
    MethodDef { name: "close", func: g_close, flags: 0, sig: "", doc: CLOSE_DOC },
    MethodDef { name: "__repr__", func: g_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
];

static CORO_METHODS: &[MethodDef] = &[
    MethodDef { name: "send", func: g_send, flags: 0, sig: "", doc: CORO_SEND_DOC },
    MethodDef { name: "throw", func: g_throw, flags: 0, sig: "", doc: CORO_THROW_DOC },
    MethodDef { name: "close", func: g_close, flags: 0, sig: "", doc: CORO_CLOSE_DOC },
    MethodDef { name: "__await__", func: g_await, flags: 0, sig: "($self, /)", doc: "Return an iterator to be used in await expression." },
    MethodDef { name: "__repr__", func: g_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
];

static WRAPPER_METHODS: &[MethodDef] = &[
    MethodDef { name: "__iter__", func: cw_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: cw_next, flags: 0, sig: "($self, /)", doc: "Implement next(self)." },
    MethodDef { name: "send", func: cw_send, flags: 0, sig: "", doc: CORO_SEND_DOC },
    MethodDef { name: "throw", func: cw_throw, flags: 0, sig: "", doc: CORO_THROW_DOC },
    MethodDef { name: "close", func: cw_close, flags: 0, sig: "", doc: CORO_CLOSE_DOC },
];

static GEN_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: get_name, set: Some(set_name), doc: "name of the generator" },
    GetSetDef { name: "__qualname__", get: get_qualname, set: Some(set_qualname), doc: "qualified name of the generator" },
    GetSetDef { name: "gi_frame", get: get_frame, set: None, doc: "" },
    GetSetDef { name: "gi_running", get: get_running, set: None, doc: "" },
    GetSetDef { name: "gi_code", get: get_code, set: Some(readonly), doc: "" },
    GetSetDef { name: "gi_yieldfrom", get: get_yieldfrom, set: None, doc: "object being iterated by yield from, or None" },
    GetSetDef { name: "gi_suspended", get: get_suspended, set: None, doc: "" },
];

static CORO_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: get_name, set: Some(set_name), doc: "name of the coroutine" },
    GetSetDef { name: "__qualname__", get: get_qualname, set: Some(set_qualname), doc: "qualified name of the coroutine" },
    GetSetDef { name: "cr_frame", get: get_frame, set: None, doc: "" },
    GetSetDef { name: "cr_running", get: get_running, set: None, doc: "" },
    GetSetDef { name: "cr_code", get: get_code, set: Some(readonly), doc: "" },
    GetSetDef { name: "cr_await", get: get_yieldfrom, set: None, doc: "object being awaited on, or None" },
    GetSetDef { name: "cr_suspended", get: get_suspended, set: None, doc: "" },
    GetSetDef { name: "cr_origin", get: get_origin, set: Some(readonly), doc: "" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.generator.clone();
    vm.add_methods(&t, GEN_METHODS);
    vm.add_getsets(&t, GEN_GETSETS);
    let t = vm.types.coroutine.clone();
    vm.add_methods(&t, CORO_METHODS);
    vm.add_getsets(&t, CORO_GETSETS);
    let t = vm.types.coroutine_wrapper.clone();
    vm.add_methods(&t, WRAPPER_METHODS);
    asyncgen::init(vm);
}
