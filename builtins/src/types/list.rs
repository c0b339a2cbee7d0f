//! Methods of the builtin list type(s).

use rpy_vm::Vm;

pub fn init(_vm: &mut Vm) {}
