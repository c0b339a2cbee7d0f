//! The builtin `str` type: helpers shared by its method files, and `init` installing them.

pub mod argutil;
mod case;
pub mod chars;
pub mod codec;
mod codec_escape;
mod dunder;
mod format;
mod iter;
pub mod percent;
pub mod search;
mod split;
mod translate;
mod ucd;
pub mod ucnames;

pub use case::{isidentifier, lower, upper};
pub use dunder::{char_value, getitem, repeat_count};

use rpy_vm::objects::native::Args;
use rpy_vm::objects::str::PyStr;
use rpy_vm::{Payload, PyResult, Value, Vm};

/// The `PyStr` of a str (or str subclass) value.
pub fn as_pystr(v: &Value) -> Option<&PyStr> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// The receiver of a str method.
pub fn this<'a>(vm: &mut Vm, a: &Args<'a>) -> PyResult<&'a PyStr> {
    match a.values.first().and_then(as_pystr) {
        Some(s) => Ok(s),
        None => {
            let tn = a.values.first().map(|v| vm.type_name(v)).unwrap_or_else(|| "nothing".into());
            Err(vm.type_error(format!("descriptor requires a 'str' object but received a '{tn}'")))
        }
    }
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    for table in [dunder::METHODS, case::METHODS, search::METHODS, split::METHODS, translate::METHODS, format::METHODS, codec::METHODS] {
        vm.add_methods(&t, table);
    }
    let doc = vm.new_str("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.");
    vm.type_set_attr(&t, "__doc__", doc);
    iter::init(vm);
}
