//! Python function objects: code plus globals, defaults, closure and attributes.

use crate::bytecode::CodeObject;
use crate::object::ObjRef;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub struct FunctionData {
    pub code: RefCell<Rc<CodeObject>>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub defaults: RefCell<Option<ObjRef>>,
    pub kwdefaults: RefCell<Option<ObjRef>>,
    pub closure: Option<ObjRef>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Option<ObjRef>>,
}
