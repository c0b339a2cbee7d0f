//! Methods of the builtin generator type(s).

use rpy_vm::Vm;

pub fn init(_vm: &mut Vm) {}
