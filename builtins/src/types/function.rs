//! Methods of the builtin function type(s).

use rpy_vm::Vm;

pub fn init(_vm: &mut Vm) {}
