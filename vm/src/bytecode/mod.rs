//! Bytecode: the opcode list, instructions and code objects.

mod code;
mod opcodes;

pub use code::*;
pub use opcodes::*;
