//! Generator, coroutine and async-generator state: the suspended frame.

use crate::bytecode::CodeObject;
use crate::interp::Frame;
use crate::value::Value;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct GenData {
    pub frame: Option<Box<Frame>>,
    pub code: Rc<CodeObject>,
    pub kind: GenKind,
    pub running: bool,
    pub started: bool,
    pub name: Value,
    pub qualname: Value,
    /// For async generators: a value being awaited vs yielded (see asyncgen.rs).
    pub closed: bool,
    /// the exception the suspended frame was handling (restored on resume)
    pub exc_state: Option<Value>,
}
