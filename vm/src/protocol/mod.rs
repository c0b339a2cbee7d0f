//! The abstract object protocols: calling, attributes, numbers, comparison, sequences and
//! mappings, iteration, repr/str/format — what the interpreter and native code use to
//! operate on any value.

pub mod attr;
pub mod call;
pub mod compare;
pub mod convert;
pub mod dictops;
pub mod exceptions;
pub mod format;
pub mod frameops;
pub mod generator;
pub mod number;
pub mod repr;
pub mod seq;
pub mod setops;
