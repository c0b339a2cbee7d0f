//! Methods of the builtin set type(s).

use rpy_vm::Vm;

pub fn init(_vm: &mut Vm) {}
