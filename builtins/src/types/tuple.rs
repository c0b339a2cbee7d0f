//! Methods of the builtin tuple type(s).

use rpy_vm::Vm;

pub fn init(_vm: &mut Vm) {}
