//! Async generators: `__aiter__`/`__anext__`/`asend`/`athrow`/`aclose` and the awaitables they
//! return (`async_generator_asend`, `async_generator_athrow`). A plain `yield v` in the
//! generator (YIELD_VALUE 0) completes the awaitable with StopIteration(v); values yielded by
//! an `await` inside it (YIELD_VALUE 1) pass through to whoever drives the awaitable.

use super::{frame_of, gdata, gen_of, throw_exception, yieldfrom};
use crate::args;
use rpy_vm::bytecode::Op;
use rpy_vm::objects::native::{Args, GetSetDef, MethodDef};
use rpy_vm::protocol::generator::{self as gen, GenStep};
use rpy_vm::{ObjRef, Payload, PyErr, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

thread_local! {
    /// Async generators with an `asend`/`athrow` awaitable in progress (`ag_running`).
    static RUNNING_ASYNC: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
}

fn running_async(g: &ObjRef) -> bool {
    RUNNING_ASYNC.with(|r| r.borrow().iter().any(|x| x.is(g)))
}

fn set_running_async(g: &ObjRef, on: bool) {
    let old = RUNNING_ASYNC.with(|r| {
        let mut r = r.borrow_mut();
        let pos = r.iter().position(|x| x.is(g));
        match (on, pos) {
            (true, None) => {
                r.push(g.clone());
                None
            }
            (false, Some(i)) => Some(r.swap_remove(i)),
            _ => None,
        }
    });
    drop(old);
}

const INIT: u8 = 0;
const ITER: u8 = 1;
const CLOSED: u8 = 2;

/// State of an `asend()`/`__anext__()` awaitable.
struct ASend {
    gen: ObjRef,
    sendval: Value,
    state: Cell<u8>,
}

/// State of an `athrow()`/`aclose()` awaitable (`args` None means aclose).
struct AThrow {
    gen: ObjRef,
    args: Option<Vec<Value>>,
    state: Cell<u8>,
}

fn is_exc(vm: &Vm, e: &PyErr, t: &ObjRef) -> bool {
    let _ = vm;
    e.0.with_class(|c| rpy_vm::objects::typeobj::is_subtype(c, t))
}

/// Whether the generator is suspended at a plain `yield` (not inside an `await`).
fn at_plain_yield(g: &ObjRef) -> bool {
    let d = gdata(g).borrow();
    match &d.frame {
        Some(f) if f.pc >= 1 => {
            let i = f.code.instrs[f.pc - 1];
            i.op == Op::YieldValue && i.arg == 0
        }
        _ => false,
    }
}

fn stop_async(vm: &mut Vm) -> PyErr {
    let t = vm.types.stop_async_iteration.clone();
    PyErr(vm.new_exception(&t, vec![]))
}

/// `async_gen_unwrap_value`.
fn unwrap(vm: &mut Vm, g: &ObjRef, r: PyResult<GenStep>) -> PyResult<Value> {
    let e = match r {
        Ok(GenStep::Yield(v)) => {
            if at_plain_yield(g) {
                set_running_async(g, false);
                return Err(if v.is_none() { vm.stop_iteration(None) } else { vm.stop_iteration(Some(v)) });
            }
            return Ok(v);
        }
        Ok(GenStep::Return(_)) => stop_async(vm),
        Err(e) => e,
    };
    let sai = vm.types.stop_async_iteration.clone();
    let ge = vm.types.generator_exit.clone();
    if is_exc(vm, &e, &sai) || is_exc(vm, &e, &ge) {
        gdata(g).borrow_mut().closed = true;
    }
    set_running_async(g, false);
    Err(e)
}

fn with_asend<R>(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut Vm, &ASend) -> PyResult<R>) -> PyResult<R> {
    if let Value::Obj(o) = v {
        if let Payload::Native(b) = &o.payload {
            if let Some(s) = b.downcast_ref::<ASend>() {
                return f(vm, s);
            }
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'async_generator_asend' object but received a '{tn}'")))
}

fn with_athrow<R>(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut Vm, &AThrow) -> PyResult<R>) -> PyResult<R> {
    if let Value::Obj(o) = v {
        if let Payload::Native(b) = &o.payload {
            if let Some(s) = b.downcast_ref::<AThrow>() {
                return f(vm, s);
            }
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'async_generator_athrow' object but received a '{tn}'")))
}

// ----- asend -----------------------------------------------------------------------------

fn asend_send_impl(vm: &mut Vm, s: &ASend, arg: Value) -> PyResult<Value> {
    if s.state.get() == CLOSED {
        return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let mut arg = arg;
    if s.state.get() == INIT {
        if running_async(&s.gen) {
            return Err(vm.runtime_error("anext(): asynchronous generator is already running"));
        }
        if arg.is_none() {
            arg = s.sendval.clone();
        }
        s.state.set(ITER);
    }
    set_running_async(&s.gen, true);
    let r = gen::resume(vm, &s.gen, arg, None);
    let res = unwrap(vm, &s.gen, r);
    if res.is_err() {
        s.state.set(CLOSED);
    }
    res
}

fn asend_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = args::one_arg(vm, &a, "send")?;
    let this = a.values[0].clone();
    with_asend(vm, &this, |vm, s| asend_send_impl(vm, s, v))
}

fn asend_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__next__")?;
    let this = a.values[0].clone();
    with_asend(vm, &this, |vm, s| asend_send_impl(vm, s, Value::None))
}

fn asend_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_kwargs(vm, &a, "throw")?;
    let this = a.values[0].clone();
    let targs = a.pos()[1..].to_vec();
    with_asend(vm, &this, |vm, s| {
        if s.state.get() == CLOSED {
            return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
        }
        let e = throw_exception(vm, &targs, "throw")?;
        let r = gen::resume(vm, &s.gen, Value::None, Some(e));
        let res = unwrap(vm, &s.gen, r);
        if res.is_err() {
            s.state.set(CLOSED);
        }
        res
    })
}

fn asend_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "close")?;
    let this = a.values[0].clone();
    with_asend(vm, &this, |_, s| {
        s.state.set(CLOSED);
        Ok(Value::None)
    })
}

fn self_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__await__")?;
    Ok(a.values[0].clone())
}

// ----- athrow / aclose -------------------------------------------------------------------

fn ignored_exit(vm: &mut Vm, t: &AThrow) -> PyErr {
    set_running_async(&t.gen, false);
    t.state.set(CLOSED);
    vm.runtime_error("async generator ignored GeneratorExit")
}

fn check_error(vm: &mut Vm, t: &AThrow, e: PyErr) -> PyErr {
    set_running_async(&t.gen, false);
    t.state.set(CLOSED);
    let sai = vm.types.stop_async_iteration.clone();
    let ge = vm.types.generator_exit.clone();
    if t.args.is_none() && (is_exc(vm, &e, &sai) || is_exc(vm, &e, &ge)) {
        return vm.stop_iteration(None);
    }
    e
}

/// The raw result of resuming in aclose mode: a plain `yield` means GeneratorExit was ignored.
fn aclose_result(vm: &mut Vm, t: &AThrow, r: PyResult<GenStep>) -> PyResult<Value> {
    match r {
        Ok(GenStep::Yield(v)) => {
            if at_plain_yield(&t.gen) {
                return Err(ignored_exit(vm, t));
            }
            Ok(v)
        }
        Ok(GenStep::Return(_)) => {
            let e = stop_async(vm);
            Err(check_error(vm, t, e))
        }
        Err(e) => Err(check_error(vm, t, e)),
    }
}

fn athrow_send_impl(vm: &mut Vm, t: &AThrow, arg: Value) -> PyResult<Value> {
    if t.state.get() == CLOSED {
        return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    if gdata(&t.gen).borrow().frame.is_none() {
        t.state.set(CLOSED);
        return Err(vm.stop_iteration(None));
    }
    if t.state.get() == INIT {
        if running_async(&t.gen) {
            t.state.set(CLOSED);
            let which = if t.args.is_none() { "aclose" } else { "athrow" };
            return Err(vm.runtime_error(format!("{which}(): asynchronous generator is already running")));
        }
        if gdata(&t.gen).borrow().closed {
            t.state.set(CLOSED);
            return Err(stop_async(vm));
        }
        if !arg.is_none() {
            return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
        }
        t.state.set(ITER);
        set_running_async(&t.gen, true);
        return match &t.args {
            None => {
                gdata(&t.gen).borrow_mut().closed = true;
                let ge = vm.types.generator_exit.clone();
                let e = PyErr(vm.new_exception(&ge, vec![]));
                let r = gen::resume(vm, &t.gen, Value::None, Some(e));
                aclose_result(vm, t, r)
            }
            Some(targs) => {
                let e = throw_exception(vm, targs, "athrow")?;
                let r = gen::resume(vm, &t.gen, Value::None, Some(e));
                match unwrap(vm, &t.gen, r) {
                    Ok(v) => Ok(v),
                    Err(e) => Err(check_error(vm, t, e)),
                }
            }
        };
    }
    let r = gen::resume(vm, &t.gen, arg, None);
    match &t.args {
        Some(_) => unwrap(vm, &t.gen, r),
        None => aclose_result(vm, t, r),
    }
}

fn athrow_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = args::one_arg(vm, &a, "send")?;
    let this = a.values[0].clone();
    with_athrow(vm, &this, |vm, t| athrow_send_impl(vm, t, v))
}

fn athrow_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__next__")?;
    let this = a.values[0].clone();
    with_athrow(vm, &this, |vm, t| athrow_send_impl(vm, t, Value::None))
}

fn athrow_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_kwargs(vm, &a, "throw")?;
    let this = a.values[0].clone();
    let targs = a.pos()[1..].to_vec();
    with_athrow(vm, &this, |vm, t| {
        if t.state.get() == CLOSED {
            return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
        }
        let e = throw_exception(vm, &targs, "throw")?;
        let r = gen::resume(vm, &t.gen, Value::None, Some(e));
        if t.args.is_some() {
            return unwrap(vm, &t.gen, r);
        }
        match r {
            Ok(GenStep::Yield(v)) => {
                if at_plain_yield(&t.gen) {
                    return Err(ignored_exit(vm, t));
                }
                Ok(v)
            }
            Ok(GenStep::Return(_)) => Err(vm.stop_iteration(None)),
            Err(e) => {
                let sai = vm.types.stop_async_iteration.clone();
                let ge = vm.types.generator_exit.clone();
                if is_exc(vm, &e, &sai) || is_exc(vm, &e, &ge) {
                    return Err(vm.stop_iteration(None));
                }
                Err(e)
            }
        }
    })
}

fn athrow_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "close")?;
    let this = a.values[0].clone();
    with_athrow(vm, &this, |_, t| {
        t.state.set(CLOSED);
        Ok(Value::None)
    })
}

// ----- the async generator ---------------------------------------------------------------

fn new_asend(vm: &mut Vm, g: ObjRef, sendval: Value) -> Value {
    let t = vm.types.async_gen_asend.clone();
    Value::Obj(ObjRef::new(t, Payload::Native(Box::new(ASend { gen: g, sendval, state: Cell::new(INIT) }))))
}

fn new_athrow(vm: &mut Vm, g: ObjRef, args: Option<Vec<Value>>) -> Value {
    let t = vm.types.async_gen_athrow.clone();
    Value::Obj(ObjRef::new(t, Payload::Native(Box::new(AThrow { gen: g, args, state: Cell::new(INIT) }))))
}

fn ag_aiter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__aiter__")?;
    gen_of(vm, &a.values[0], "async_generator")?;
    Ok(a.values[0].clone())
}

fn ag_anext(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__anext__")?;
    let g = gen_of(vm, &a.values[0], "async_generator")?;
    Ok(new_asend(vm, g, Value::None))
}

fn ag_asend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = args::one_arg(vm, &a, "asend")?;
    let g = gen_of(vm, &a.values[0], "async_generator")?;
    Ok(new_asend(vm, g, v))
}

fn ag_athrow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_kwargs(vm, &a, "athrow")?;
    let g = gen_of(vm, &a.values[0], "async_generator")?;
    Ok(new_athrow(vm, g, Some(a.pos()[1..].to_vec())))
}

fn ag_aclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "aclose")?;
    let g = gen_of(vm, &a.values[0], "async_generator")?;
    Ok(new_athrow(vm, g, None))
}

fn ag_class_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let item = args::one_arg(vm, &a, "__class_getitem__")?;
    crate::types::misc::generic_alias(vm, &a.values[0], item)
}

fn get_ag_running(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gen_of(vm, v, "async_generator")?;
    Ok(Value::Bool(running_async(&g)))
}

fn get_ag_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gen_of(vm, v, "async_generator")?;
    Ok(frame_of(vm, &g))
}

fn get_ag_await(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gen_of(vm, v, "async_generator")?;
    Ok(yieldfrom(&g))
}

fn get_ag_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gen_of(vm, v, "async_generator")?;
    let c = gdata(&g).borrow().code.clone();
    Ok(vm.new_code(c))
}

static AG_METHODS: &[MethodDef] = &[
    MethodDef { name: "__aiter__", func: ag_aiter, flags: 0, sig: "($self, /)", doc: "Return an awaitable, that resolves in asynchronous iterator." },
    MethodDef { name: "__anext__", func: ag_anext, flags: 0, sig: "($self, /)", doc: "Return a value or raise StopAsyncIteration." },
    MethodDef { name: "asend", func: ag_asend, flags: 0, sig: "", doc: "asend(v) -> send 'v' in generator." },
    MethodDef { name: "athrow", func: ag_athrow, flags: 0, sig: "", doc: "athrow(typ[,val[,tb]]) -> raise exception in generator." },
    MethodDef { name: "aclose", func: ag_aclose, flags: 0, sig: "", doc: "aclose() -> raise GeneratorExit inside generator." },
    MethodDef { name: "__repr__", func: super::g_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__class_getitem__", func: ag_class_getitem, flags: rpy_vm::objects::native::mflags::CLASS, sig: "", doc: "See PEP 585" },
];

static AG_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: super::get_name, set: Some(super::set_name), doc: "name of the async generator" },
    GetSetDef { name: "__qualname__", get: super::get_qualname, set: Some(super::set_qualname), doc: "qualified name of the async generator" },
    GetSetDef { name: "ag_await", get: get_ag_await, set: None, doc: "object being awaited on, or None" },
    GetSetDef { name: "ag_frame", get: get_ag_frame, set: None, doc: "" },
    GetSetDef { name: "ag_running", get: get_ag_running, set: Some(super::readonly), doc: "" },
    GetSetDef { name: "ag_code", get: get_ag_code, set: Some(super::readonly), doc: "" },
];

const AWAIT_SEND_DOC: &str = "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.";
const AWAIT_THROW_DOC: &str = "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.";
const AWAIT_CLOSE_DOC: &str = "close() -> raise GeneratorExit inside generator.";

static ASEND_METHODS: &[MethodDef] = &[
    MethodDef { name: "__await__", func: self_iter, flags: 0, sig: "($self, /)", doc: "Return an iterator to be used in await expression." },
    MethodDef { name: "__iter__", func: self_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: asend_next, flags: 0, sig: "($self, /)", doc: "Implement next(self)." },
    MethodDef { name: "send", func: asend_send, flags: 0, sig: "", doc: AWAIT_SEND_DOC },
    MethodDef { name: "throw", func: asend_throw, flags: 0, sig: "", doc: AWAIT_THROW_DOC },
    MethodDef { name: "close", func: asend_close, flags: 0, sig: "", doc: AWAIT_CLOSE_DOC },
];

static ATHROW_METHODS: &[MethodDef] = &[
    MethodDef { name: "__await__", func: self_iter, flags: 0, sig: "($self, /)", doc: "Return an iterator to be used in await expression." },
    MethodDef { name: "__iter__", func: self_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: athrow_next, flags: 0, sig: "($self, /)", doc: "Implement next(self)." },
    MethodDef { name: "send", func: athrow_send, flags: 0, sig: "", doc: AWAIT_SEND_DOC },
    MethodDef { name: "throw", func: athrow_throw, flags: 0, sig: "", doc: AWAIT_THROW_DOC },
    MethodDef { name: "close", func: athrow_close, flags: 0, sig: "", doc: AWAIT_CLOSE_DOC },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.async_generator.clone();
    vm.add_methods(&t, AG_METHODS);
    vm.add_getsets(&t, AG_GETSETS);
    let t = vm.types.async_gen_asend.clone();
    vm.add_methods(&t, ASEND_METHODS);
    let t = vm.types.async_gen_athrow.clone();
    vm.add_methods(&t, ATHROW_METHODS);
}
