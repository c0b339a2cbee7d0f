//! Methods of the builtin dict type(s).

use rpy_vm::Vm;

pub fn init(_vm: &mut Vm) {}
