//! What CPython 3.11's collector would see of rpy's tracked objects, for the numbers the
//! `gc` module reports (`gc.collect()`'s result, `gc.is_tracked`, `gc.get_objects`).
//!
//! rpy tracks every dict and tuple, while CPython leaves untracked the dicts and tuples that
//! hold only untracked values, and keeps the attributes of plain instances inside the object
//! ("managed dicts") instead of a separate dict object.

use crate::object::{track, ObjRef, Payload};
use crate::objects::typeobj::{tflags, type_data};
use crate::value::Value;

/// Nesting beyond which a tuple or dict is simply assumed tracked.
const MAX_DEPTH: usize = 32;

fn maybe_tracked(v: &Value, depth: usize) -> bool {
    match v {
        Value::Obj(o) => visible(o, depth + 1),
        _ => false,
    }
}

/// Would CPython track this object?
pub fn is_visible(o: &ObjRef) -> bool {
    visible(o, 0)
}

fn visible(o: &ObjRef, depth: usize) -> bool {
    if !track::is_tracked(o) {
        return false;
    }
    if depth > MAX_DEPTH || o.ext.is_some() {
        return true;
    }
    match &o.payload {
        Payload::Tuple(items) => items.iter().any(|v| maybe_tracked(v, depth)),
        Payload::Dict(d) => match d.try_borrow() {
            Ok(d) => d.iter().any(|e| maybe_tracked(&e.key, depth) || maybe_tracked(&e.value, depth)),
            Err(_) => true,
        },
        _ => true,
    }
}

/// Does CPython 3.11 keep this object's attributes inline (no separate dict object unless
/// `__dict__` is asked for)? Instances of classes defined in Python whose layout adds the
/// dict (not functions, types, modules or exceptions, which have their own dict field).
fn has_managed_dict(o: &ObjRef) -> bool {
    matches!(
        o.payload,
        Payload::Plain
            | Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Tuple(_)
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
    ) && o.with_class(|c| type_data(c).has(tflags::HEAPTYPE))
}

/// How many of `garbage` CPython would have counted as collected: tracked objects, without
/// the instance dicts CPython would not have had as objects.
pub fn count_visible(garbage: &[ObjRef]) -> usize {
    let mut managed: Vec<usize> = Vec::new();
    for o in garbage {
        if let Some(ext) = &o.ext {
            if has_managed_dict(o) {
                // the dict is referenced by its owner and by the garbage list only
                ext.dict.with(|d| {
                    if let Some(d) = d {
                        if d.refcount() == 2 && track::generation(d).is_some() {
                            managed.push(d.addr());
                        }
                    }
                });
            }
        }
    }
    managed.sort_unstable();
    garbage.iter().filter(|o| visible(o, 0) && managed.binary_search(&o.addr()).is_err()).count()
}
