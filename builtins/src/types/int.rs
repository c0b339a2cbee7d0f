//! Methods of the builtin int type(s).

use rpy_vm::Vm;

pub fn init(_vm: &mut Vm) {}
