//! The iterators of str, bytes and bytearray (`str_iterator`, `str_ascii_iterator`,
//! `bytes_iterator`, `bytearray_iterator`): `__iter__`, `__next__`, `__length_hint__`.
//! The iteration step itself is the VM's built-in `IterData::Seq` machinery.

use super::argutil::no_args;
use rpy_vm::objects::iter::IterData;
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::protocol::seq;
use rpy_vm::{Payload, PyResult, Value, Vm};

fn it_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "__iter__")?;
    Ok(a.values[0].clone())
}

fn it_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "__next__")?;
    seq::next_raw(vm, &a.values[0])
}

fn it_length_hint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, &a, "__length_hint__")?;
    let Value::Obj(o) = &a.values[0] else { return Ok(Value::Int(0)) };
    let Payload::Iter(d) = &o.payload else { return Ok(Value::Int(0)) };
    let n = match &*d.borrow() {
        IterData::Seq { seq: Value::Obj(s), index } => {
            let len = match &s.payload {
                Payload::Str(p) => p.char_len(),
                Payload::Bytes(b) => b.len(),
                Payload::ByteArray(b) => b.borrow().len(),
                _ => 0,
            };
            len.saturating_sub(*index) as i64
        }
        _ => 0,
    };
    Ok(Value::Int(n))
}

pub static METHODS: &[MethodDef] = &[
    MethodDef { name: "__iter__", func: it_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: it_next, flags: 0, sig: "($self, /)", doc: "Implement next(self)." },
    MethodDef { name: "__length_hint__", func: it_length_hint, flags: 0, sig: "", doc: "Private method returning an estimate of len(list(it))." },
];

/// Installs the iterator methods on the four iterator types.
pub fn init(vm: &mut Vm) {
    let t = &vm.types;
    for ty in [t.str_iterator.clone(), t.str_ascii_iterator.clone(), t.bytes_iterator.clone(), t.bytearray_iterator.clone()] {
        vm.add_methods(&ty, METHODS);
    }
}
