//! Methods of the builtin complex type(s).

use rpy_vm::Vm;

pub fn init(_vm: &mut Vm) {}
