//! `list_iterator` and `list_reverseiterator`: `__iter__`, `__next__` and `__length_hint__`
//! (the iteration step itself is the VM's built-in iterator machinery).

use super::util::{iter_length_hint, iter_next, iter_self};
use rpy_vm::objects::native::MethodDef;
use rpy_vm::Vm;

/// The methods every IterData-backed built-in iterator type has.
pub static ITER_METHODS: &[MethodDef] = &[
    MethodDef { name: "__iter__", func: iter_self, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: iter_next, flags: 0, sig: "($self, /)", doc: "Implement next(self)." },
    MethodDef { name: "__length_hint__", func: iter_length_hint, flags: 0, sig: "", doc: "Private method returning an estimate of len(list(it))." },
];

pub fn init(vm: &mut Vm) {
    for t in [vm.types.list_iterator.clone(), vm.types.list_reverseiterator.clone()] {
        vm.add_methods(&t, ITER_METHODS);
    }
}
