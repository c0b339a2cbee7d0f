//! rpy-vm: the object model, compiler, bytecode and interpreter of rpy (DESIGN.md §2).

pub mod bootstrap;
pub mod bytecode;
pub mod compiler;
pub mod error;
pub mod format;
pub mod gc;
pub mod import;
pub mod interp;
pub mod object;
pub mod objects;
pub mod protocol;
pub mod run;
pub mod stack;
pub mod types;
pub mod value;
pub mod vm;

pub use error::{PyErr, PyResult};
pub use object::{ObjRef, Payload};
pub use value::Value;
pub use vm::Vm;
