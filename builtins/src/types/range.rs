//! Methods of the builtin range type(s).

use rpy_vm::Vm;

pub fn init(_vm: &mut Vm) {}
