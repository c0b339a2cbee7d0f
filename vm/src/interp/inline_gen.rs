//! Generators resumed by `FOR_ITER` run in the interpreter loop itself: their frame is pushed
//! like a call's, a `yield` pops back to the loop, and a `return` ends it. This saves the
//! re-entry into `execute` that `generator.__next__` costs. The bookkeeping mirrors
//! `protocol::generator::resume`: the running flag, the generator's own handled-exception
//! state, and PEP 479's StopIteration → RuntimeError rule.

use super::Frame;
use crate::error::PyErr;
use crate::object::{ObjRef, Payload};
use crate::objects::generator::GenKind;
use crate::value::Value;
use crate::vm::Vm;

/// Takes the frame of generator `g` for running it in the loop, if it is a plain generator
/// that is suspended (or not started) and not running. The value of the pending `yield`
/// expression (None) is pushed, as `next()` sends None.
pub fn enter(vm: &mut Vm, g: &ObjRef) -> Option<Box<Frame>> {
    let Payload::Generator(gd) = &g.payload else { return None };
    let mut frame = {
        let mut b = gd.borrow_mut();
        if b.running || b.kind != GenKind::Generator || b.frame.is_none() {
            return None;
        }
        let mut frame = b.frame.take()?;
        if b.started {
            frame.stack.push(Value::None);
        }
        b.running = true;
        b.started = true;
        frame
    };
    // the generator runs with its own exception state, chained to the caller's
    let caller_exc = vm.handled_exc.take();
    vm.exc_chain.push(caller_exc);
    vm.handled_exc = gd.borrow_mut().exc_state.take();
    frame.gen_owner = Some(g.clone());
    Some(frame)
}

/// Restores the caller's handled exception on leaving the generator's frame; returns the
/// generator's own one.
fn leave(vm: &mut Vm) -> Option<Value> {
    let caller_exc = vm.exc_chain.pop().flatten();
    std::mem::replace(&mut vm.handled_exc, caller_exc)
}

/// The generator yielded: its frame goes back into the generator object.
pub fn suspend(vm: &mut Vm, mut frame: Box<Frame>) {
    let Some(g) = frame.gen_owner.take() else { return };
    let exc_state = leave(vm);
    if let Payload::Generator(gd) = &g.payload {
        let mut b = gd.borrow_mut();
        b.exc_state = exc_state;
        b.running = false;
        b.frame = Some(frame);
    }
}

/// The generator returned (or is being left by an exception): it is closed.
pub fn finish(vm: &mut Vm, frame: &mut Frame) {
    let Some(g) = frame.gen_owner.take() else { return };
    leave(vm);
    if let Payload::Generator(gd) = &g.payload {
        let mut b = gd.borrow_mut();
        b.running = false;
        b.closed = true;
    }
}

/// An exception leaves the generator's frame: the generator is closed, and a StopIteration
/// becomes "RuntimeError: generator raised StopIteration" (PEP 479).
pub fn fail(vm: &mut Vm, frame: &mut Frame, e: PyErr) -> PyErr {
    finish(vm, frame);
    let si = vm.types.stop_iteration.clone();
    if !e.0.with_class(|c| crate::objects::typeobj::is_subtype(c, &si)) {
        return e;
    }
    let re = vm.runtime_error("generator raised StopIteration");
    if let Payload::Exception(d) = &re.0.payload {
        let mut d = d.borrow_mut();
        d.cause = Some(Value::Obj(e.0.clone()));
        d.context = Some(Value::Obj(e.0.clone()));
        d.suppress_context = true;
    }
    re
}
