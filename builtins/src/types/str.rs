//! Methods of the builtin str type(s).

use rpy_vm::Vm;

pub fn init(_vm: &mut Vm) {}
