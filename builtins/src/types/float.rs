//! Methods of the builtin float type(s).

use rpy_vm::Vm;

pub fn init(_vm: &mut Vm) {}
