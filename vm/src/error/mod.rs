//! `PyErr` and `PyResult`: a raised Python exception is one pointer to the exception instance.

pub mod host;
pub mod suggest;
pub mod traceback;

use crate::object::ObjRef;

/// A raised exception (the instance). Creating one never fails.
#[derive(Clone, Debug)]
pub struct PyErr(pub ObjRef);

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn exc(&self) -> &ObjRef {
        &self.0
    }
}
