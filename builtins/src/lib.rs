//! rpy-builtins: what Python code sees of the core — the methods of every builtin type, the
//! `builtins` module, and the exception hierarchy's behaviour.

pub mod args;
pub mod module;
pub mod types;

use rpy_vm::Vm;

/// Installs every builtin type's methods and the `builtins` module into `vm`.
pub fn init(vm: &mut Vm) {
    types::init(vm);
    module::init(vm);
}
