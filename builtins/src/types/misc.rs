//! Methods of the builtin misc type(s).

use rpy_vm::Vm;

pub fn init(_vm: &mut Vm) {}
