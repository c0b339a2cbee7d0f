//! Native (Rust) functions: the single native signature, argument views, method tables and
//! the data of `builtin_function_or_method` objects.

use crate::error::PyResult;
use crate::object::ObjRef;
use crate::value::Value;
use crate::vm::Vm;

/// Positional arguments followed by keyword-argument values, with the keyword names
/// (vectorcall layout: no allocation when called from the interpreter).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(values: &'a [Value]) -> Args<'a> {
        Args { values, kwnames: &[] }
    }

    pub fn with_kw(values: &'a [Value], kwnames: &'a [Value]) -> Args<'a> {
        Args { values, kwnames }
    }

    /// Positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.values.len() - self.kwnames.len()
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// Keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a Value, &'a Value)> {
        let n = self.values.len() - self.kwnames.len();
        self.kwnames.iter().zip(&self.values[n..])
    }

    pub fn get(&self, i: usize) -> Option<&'a Value> {
        self.pos().get(i)
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;
pub type GetterFn = fn(&mut Vm, &Value) -> PyResult<Value>;
pub type SetterFn = fn(&mut Vm, &Value, Option<Value>) -> PyResult<()>;

pub mod mflags {
    /// an instance method (the default)
    pub const METHOD: u32 = 0;
    /// `staticmethod`-like: no self
    pub const STATIC: u32 = 1;
    /// `classmethod`-like: receives the class
    pub const CLASS: u32 = 2;
    /// the interpreter passes the calling frame's globals/locals as needed
    pub const NEEDS_FRAME: u32 = 4;
}

/// One entry of a builtin type's or module's method table.
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    pub flags: u32,
    /// `__text_signature__`, CPython style: "($self, object, /)"
    pub sig: &'static str,
    pub doc: &'static str,
}

/// A computed attribute of a builtin type.
pub struct GetSetDef {
    pub name: &'static str,
    pub get: GetterFn,
    pub set: Option<SetterFn>,
    pub doc: &'static str,
}

pub struct BuiltinFunctionData {
    pub name: &'static str,
    pub func: NativeFn,
    pub flags: u32,
    /// bound `self` (or the module for module functions: then `bound_is_module`)
    pub this: Option<Value>,
    pub bound_is_module: bool,
    /// the type a method descriptor belongs to
    pub owner: Option<ObjRef>,
    pub sig: &'static str,
    pub doc: &'static str,
}
