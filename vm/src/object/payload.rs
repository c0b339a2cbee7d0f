//! `Payload`: what follows the object header, one variant per built-in representation.

use crate::bytecode::CodeObject;
use crate::objects::{
    dict::DictData, exception::ExcData, function::FunctionData, generator::GenData, iter::IterData, native::BuiltinFunctionData, set::SetData, str::PyStr,
    typeobj::TypeData,
};
use crate::value::Value;
use num_bigint::BigInt;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The representation of an object. User classes deriving from a built-in type get that type's
/// variant (a `class L(list)` instance has `List`); plain user instances are `Plain`.
pub enum Payload {
    Plain,
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    List(RefCell<Vec<Value>>),
    Tuple(Box<[Value]>),
    Dict(RefCell<DictData>),
    Set(RefCell<SetData>),
    FrozenSet(RefCell<SetData>),
    Range {
        start: Value,
        stop: Value,
        step: Value,
    },
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    Type(Box<TypeData>),
    Function(Box<FunctionData>),
    Builtin(Box<BuiltinFunctionData>),
    Method {
        func: Value,
        this: Value,
    },
    Code(Rc<CodeObject>),
    Module {
        dict: crate::object::ObjRef,
    },
    Cell(RefCell<Option<Value>>),
    /// fget, fset, fdel, doc, and the name given by `__set_name__` (for error messages)
    Property(RefCell<[Value; 5]>),
    StaticMethod(RefCell<Value>),
    ClassMethod(RefCell<Value>),
    Super {
        ty: crate::object::ObjRef,
        obj: Value,
        obj_type: Option<crate::object::ObjRef>,
    },
    Generator(RefCell<GenData>),
    Exception(RefCell<ExcData>),
    Traceback(TracebackData),
    Frame(FrameData),
    Iter(RefCell<IterData>),
    MappingProxy(Value),
    /// A flag-carrying object such as a `wrapper` for `__slots__` members: index into slots.
    Member {
        name: crate::object::ObjRef,
        index: usize,
        owner: crate::object::ObjRef,
    },
    GetSet(Box<GetSetData>),
    Counter(Cell<i64>),
    /// Payloads defined outside the core (itertools objects, files, …).
    Native(Box<dyn Any>),
}

/// A traceback entry (`types.TracebackType`).
pub struct TracebackData {
    pub next: RefCell<Option<crate::object::ObjRef>>,
    pub frame: crate::object::ObjRef,
    pub lasti: usize,
    pub lineno: u32,
}

/// A frame object as Python code sees it (`tb_frame`, `sys._getframe`): a snapshot of the
/// interpreter frame's identity.
pub struct FrameData {
    pub code: Rc<CodeObject>,
    pub globals: crate::object::ObjRef,
    pub locals: RefCell<Option<crate::object::ObjRef>>,
    pub lineno: Cell<u32>,
    pub back: Option<crate::object::ObjRef>,
}

/// A computed attribute of a built-in type (`getset_descriptor`).
pub struct GetSetData {
    pub name: &'static str,
    pub owner: crate::object::ObjRef,
    pub get: crate::objects::native::GetterFn,
    pub set: Option<crate::objects::native::SetterFn>,
    pub doc: Option<&'static str>,
}

impl Payload {
    pub fn kind_name(&self) -> &'static str {
        match self {
            Payload::Plain => "plain",
            Payload::Int(_) => "int",
            Payload::Float(_) => "float",
            Payload::Complex(..) => "complex",
            Payload::Str(_) => "str",
            Payload::Bytes(_) => "bytes",
            Payload::ByteArray(_) => "bytearray",
            Payload::List(_) => "list",
            Payload::Tuple(_) => "tuple",
            Payload::Dict(_) => "dict",
            Payload::Set(_) => "set",
            Payload::FrozenSet(_) => "frozenset",
            Payload::Range { .. } => "range",
            Payload::Slice { .. } => "slice",
            Payload::Type(_) => "type",
            Payload::Function(_) => "function",
            Payload::Builtin(_) => "builtin",
            Payload::Method { .. } => "method",
            Payload::Code(_) => "code",
            Payload::Module { .. } => "module",
            Payload::Cell(_) => "cell",
            Payload::Property(_) => "property",
            Payload::StaticMethod(_) => "staticmethod",
            Payload::ClassMethod(_) => "classmethod",
            Payload::Super { .. } => "super",
            Payload::Generator(_) => "generator",
            Payload::Exception(_) => "exception",
            Payload::Traceback(_) => "traceback",
            Payload::Frame(_) => "frame",
            Payload::Iter(_) => "iterator",
            Payload::MappingProxy(_) => "mappingproxy",
            Payload::Member { .. } => "member",
            Payload::GetSet(_) => "getset",
            Payload::Counter(_) => "counter",
            Payload::Native(_) => "native",
        }
    }
}
