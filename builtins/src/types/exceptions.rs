//! Methods of the builtin exceptions type(s).

use rpy_vm::Vm;

pub fn init(_vm: &mut Vm) {}
