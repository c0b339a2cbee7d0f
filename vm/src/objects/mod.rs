//! Representations of the built-in object kinds.

pub mod dict;
pub mod exception;
pub mod function;
pub mod generator;
pub mod hash;
pub mod int;
pub mod iter;
pub mod native;
pub mod set;
pub mod str;
pub mod typeobj;
pub mod unicode_printable;
