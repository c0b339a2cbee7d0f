//! Methods of the builtin bytes type(s).

use rpy_vm::Vm;

pub fn init(_vm: &mut Vm) {}
