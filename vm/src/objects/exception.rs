//! The state every exception instance carries: args, traceback and chaining.

use crate::object::ObjRef;
use crate::value::Value;

pub struct ExcData {
    pub args: Value,
    pub traceback: Option<ObjRef>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
}

impl ExcData {
    pub fn new(args: Value) -> ExcData {
        ExcData { args, traceback: None, cause: None, context: None, suppress_context: false }
    }
}
