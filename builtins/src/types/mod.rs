//! The methods of every builtin type, one file per type (or family).

pub mod bytes;
pub mod complex;
pub mod dict;
pub mod exceptions;
pub mod float;
pub mod function;
pub mod generator;
pub mod int;
pub mod layout;
pub mod list;
pub mod memoryview;
pub mod misc;
pub mod mro;
pub mod object;
pub mod range;
pub mod set;
pub mod str;
pub mod subclass_check;
pub mod superobj;
pub mod tuple;
pub mod typeobj;
pub mod union;

use rpy_vm::Vm;

pub fn init(vm: &mut Vm) {
    object::init(vm);
    typeobj::init(vm);
    int::init(vm);
    float::init(vm);
    complex::init(vm);
    str::init(vm);
    bytes::init(vm);
    memoryview::init(vm);
    list::init(vm);
    tuple::init(vm);
    dict::init(vm);
    set::init(vm);
    range::init(vm);
    function::init(vm);
    generator::init(vm);
    exceptions::init(vm);
    misc::init(vm);
    superobj::init(vm);
    union::init(vm);
}
