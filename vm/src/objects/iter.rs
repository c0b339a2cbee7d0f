//! State of the built-in iterators (list/tuple/str/range/dict/set iterators, enumerate, zip,
//! map, filter, reversed, callable and sequence iterators).

use crate::value::Value;

#[derive(Clone)]
pub enum IterData {
    /// iterates a list/tuple/str/bytes by index (`seq` is the container)
    Seq {
        seq: Value,
        index: usize,
    },
    /// iterates any object with `__getitem__` until IndexError/StopIteration
    GetItem {
        seq: Value,
        index: i64,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    BigRange {
        cur: Value,
        stop: Value,
        step: Value,
    },
    /// dict keys/values/items (`kind` 0/1/2); `len` is the dict's size when iteration began
    /// (`usize::MAX` once a size change was reported: the error is sticky, as in CPython) and
    /// `left` the number of items still expected.
    Dict {
        dict: Value,
        pos: usize,
        len: usize,
        left: usize,
        kind: u8,
    },
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}
