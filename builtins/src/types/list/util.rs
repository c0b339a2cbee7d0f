//! Helpers shared by the container types (list, tuple, dict, set, range): CPython's argument
//! checks for slot wrappers and fast-call methods, subscript-index conversion, lexicographic
//! sequence comparison, the repr recursion guard and iterator/`__class_getitem__` plumbing.

use crate::args;
use rpy_vm::bytecode::CmpOp;
use rpy_vm::objects::int::Int;
use rpy_vm::objects::iter::IterData;
use rpy_vm::objects::native::Args;
use rpy_vm::objects::typeobj::type_data;
use rpy_vm::protocol::number::as_int;
use rpy_vm::protocol::{attr, compare};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;

/// The arguments of a slot wrapper (`__add__`, `__len__`, …) after `self`, checked like
/// CPython's `check_num_args`: "expected 1 argument, got 0".
pub fn wrap_args<'a>(vm: &mut Vm, a: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let rest = &a.pos()[1..];
    if rest.len() != n {
        return Err(vm.type_error(format!("expected {n} argument{}, got {}", if n == 1 { "" } else { "s" }, rest.len())));
    }
    Ok(rest)
}

/// The single argument of a binary slot wrapper.
pub fn wrap1(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    Ok(wrap_args(vm, a, name, 1)?[0].clone())
}

/// Positional arguments of a fast-call method after `self`, with Argument Clinic's
/// "name expected at most 2 arguments, got 3" and "type.name() takes no keyword arguments".
pub fn clinic_args<'a>(vm: &mut Vm, a: &Args<'a>, qualname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    args::no_kwargs(vm, a, qualname)?;
    let rest = &a.pos()[1..];
    let n = rest.len();
    if n < min || n > max {
        let short = qualname.rsplit('.').next().unwrap_or(qualname);
        let (what, k) = if n < min { (if min == max { "" } else { "at least " }, min) } else { (if min == max { "" } else { "at most " }, max) };
        return Err(vm.type_error(format!("{short} expected {what}{k} argument{}, got {n}", if k == 1 { "" } else { "s" })));
    }
    Ok(rest)
}

/// A METH_NOARGS method: "list.copy() takes no arguments (1 given)".
pub fn noargs(vm: &mut Vm, a: &Args, qualname: &str) -> PyResult<()> {
    args::no_args(vm, a, qualname)
}

/// A METH_O method: "list.append() takes exactly one argument (0 given)".
pub fn onearg(vm: &mut Vm, a: &Args, qualname: &str) -> PyResult<Value> {
    args::one_arg(vm, a, qualname)
}

/// `PyNumber_AsSsize_t(v, PyExc_IndexError)` for a subscript: Ok(None) when `v` is not an
/// integer and has no `__index__`.
pub fn subscript_index(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match as_int(v) {
        Some(Int::Small(i)) => Ok(Some(i)),
        Some(Int::Big(_)) => Err(cannot_fit(vm, v)),
        None => {
            if attr::lookup_special(vm, v, "__index__").is_none() {
                return Ok(None);
            }
            match vm.to_index(v)? {
                Int::Small(i) => Ok(Some(i)),
                Int::Big(_) => Err(cannot_fit(vm, v)),
            }
        }
    }
}

fn cannot_fit(vm: &mut Vm, v: &Value) -> rpy_vm::PyErr {
    let tn = vm.type_name(v);
    let t = vm.types.index_error.clone();
    vm.new_error(&t, format!("cannot fit '{tn}' into an index-sized integer"))
}

/// `PyNumber_AsSsize_t(v, PyExc_OverflowError)` after `__index__` (method arguments such as
/// `list.insert`'s index): "Python int too large to convert to C ssize_t".
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    args::expect_i64(vm, v)
}

/// `_PyEval_SliceIndexNotNone`: the start/stop arguments of `index()`, clamped to isize.
pub fn slice_index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = match as_int(v) {
        Some(i) => i,
        None => {
            if attr::lookup_special(vm, v, "__index__").is_none() {
                return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
            }
            vm.to_index(v)?
        }
    };
    Ok(match i {
        Int::Small(s) => s,
        Int::Big(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    })
}

/// Resolves `index(value, start, stop)` bounds against a length like CPython.
pub fn index_bounds(vm: &mut Vm, rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i.saturating_add(n)).max(0) as usize
        } else {
            i as usize
        }
    };
    let start = match rest.get(1) {
        Some(v) => norm(slice_index_arg(vm, v)?),
        None => 0,
    };
    let stop = match rest.get(2) {
        Some(v) => norm(slice_index_arg(vm, v)?),
        None => usize::MAX,
    };
    Ok((start, stop))
}

/// A read-only view of a list's or tuple's items for comparisons that run Python code: the
/// list is re-read at every step, as CPython does.
#[derive(Clone, Copy)]
pub enum Items<'a> {
    List(&'a RefCell<Vec<Value>>),
    Tuple(&'a [Value]),
}

impl<'a> Items<'a> {
    pub fn of(v: &'a Value) -> Option<Items<'a>> {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::List(l) => Some(Items::List(l)),
                Payload::Tuple(t) => Some(Items::Tuple(t)),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Items::List(l) => l.borrow().len(),
            Items::Tuple(t) => t.len(),
        }
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        match self {
            Items::List(l) => l.borrow().get(i).cloned(),
            Items::Tuple(t) => t.get(i).cloned(),
        }
    }
}

/// `list_richcompare` / `tuplerichcompare`: find the first differing index by `==`, then
/// compare lengths or that pair with the requested operator.
pub fn seq_compare(vm: &mut Vm, a: Items, b: Items, op: CmpOp) -> PyResult<Value> {
    if a.len() != b.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    let mut i = 0;
    loop {
        let (x, y) = match (a.get(i), b.get(i)) {
            (Some(x), Some(y)) => (x, y),
            _ => break,
        };
        if !x.is(&y) && !vm.eq(&x, &y)? {
            // `__eq__` may have shrunk either list: CPython then compares the current sizes.
            if i >= a.len() || i >= b.len() {
                break;
            }
            if op == CmpOp::Eq {
                return Ok(Value::Bool(false));
            }
            if op == CmpOp::Ne {
                return Ok(Value::Bool(true));
            }
            return compare::rich_compare(vm, &x, &y, op);
        }
        i += 1;
    }
    Ok(Value::Bool(op.test(a.len(), b.len())))
}

thread_local! {
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// `Py_ReprEnter`/`Py_ReprLeave` around `f`: returns `recursive` if `o` is already being
/// repr'd on this thread.
pub fn repr_guard(vm: &mut Vm, o: &ObjRef, recursive: &str, f: impl FnOnce(&mut Vm) -> PyResult<String>) -> PyResult<String> {
    let addr = o.addr();
    if IN_REPR.with(|s| s.borrow().contains(&addr)) {
        return Ok(recursive.to_string());
    }
    IN_REPR.with(|s| s.borrow_mut().push(addr));
    let r = f(vm);
    IN_REPR.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|x| *x == addr) {
            s.remove(p);
        }
    });
    r
}

/// `repr()` of each item joined with ", ".
pub fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&rpy_vm::protocol::repr::repr(vm, x)?);
    }
    Ok(out)
}

/// A new built-in iterator object of class `cls`.
pub fn new_iter(cls: &ObjRef, data: IterData) -> Value {
    Value::Obj(ObjRef::new(cls.clone(), Payload::Iter(RefCell::new(data))))
}

/// `__iter__` of an iterator: returns self.
pub fn iter_self(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__iter__", 0)?;
    Ok(a.values[0].clone())
}

/// `__next__` of a built-in iterator: the next item or StopIteration.
pub fn iter_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__next__", 0)?;
    rpy_vm::protocol::seq::next_raw(vm, &a.values[0])
}

/// `__length_hint__` of the built-in iterators that carry an `IterData`.
pub fn iter_length_hint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "__length_hint__")?;
    let Value::Obj(o) = &a.values[0] else { return Ok(Value::Int(0)) };
    let Payload::Iter(d) = &o.payload else { return Ok(Value::Int(0)) };
    let n: i64 = match &*d.borrow() {
        IterData::Seq { seq, index } => match seq {
            Value::Obj(s) => match &s.payload {
                Payload::List(l) => (l.borrow().len() as i64 - *index as i64).max(0),
                Payload::Tuple(t) => (t.len() as i64 - *index as i64).max(0),
                _ => 0,
            },
            _ => 0,
        },
        IterData::Reversed { seq, index } => {
            let len = match seq {
                Value::Obj(s) => match &s.payload {
                    Payload::List(l) => l.borrow().len() as i64,
                    Payload::Tuple(t) => t.len() as i64,
                    _ => 0,
                },
                _ => 0,
            };
            let n = *index as i64 + 1;
            if n > len {
                0
            } else {
                n.max(0)
            }
        }
        IterData::Range { cur, stop, step } => {
            let (c, s, st) = (*cur as i128, *stop as i128, *step as i128);
            let n = if st > 0 && c < s {
                (s - c - 1) / st + 1
            } else if st < 0 && c > s {
                (c - s - 1) / (-st) + 1
            } else {
                0
            };
            return Ok(vm.new_int_big(num_bigint::BigInt::from(n)));
        }
        IterData::BigRange { cur, stop, step } => {
            let (c, s, st) = (cur.clone(), stop.clone(), step.clone());
            let n = crate::types::range::big_len(&c, &s, &st);
            return Ok(vm.new_int_big(n));
        }
        IterData::Dict { dict, len, left, .. } => match dict {
            Value::Obj(dobj) => match &dobj.payload {
                Payload::Dict(dd) => {
                    if dd.borrow().len() != *len {
                        0
                    } else {
                        *left as i64
                    }
                }
                _ => 0,
            },
            _ => 0,
        },
        IterData::Set { set, pos, len } => match set {
            Value::Obj(so) => match &so.payload {
                Payload::Set(sd) | Payload::FrozenSet(sd) => {
                    let b = sd.borrow();
                    if b.len() != *len {
                        0
                    } else {
                        let mut n = 0;
                        let mut p = *pos;
                        while let Some((q, _)) = b.next_from(p) {
                            n += 1;
                            p = q + 1;
                        }
                        n
                    }
                }
                _ => 0,
            },
            _ => 0,
        },
        _ => 0,
    };
    Ok(Value::Int(n))
}

/// True when `cls`'s `name` attribute is the native slot defined by `owner` (e.g. a list
/// subclass that does not override `__new__`).
pub fn inherits_native(cls: &ObjRef, name: &str, owner: &ObjRef) -> bool {
    match attr::type_lookup_str(cls, name) {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Builtin(b) => b.owner.as_ref().map(|t| t.is(owner)).unwrap_or(false),
            _ => false,
        },
        _ => false,
    }
}

/// The class of `v` is exactly `t`.
pub fn is_exact(v: &Value, t: &ObjRef) -> bool {
    match v {
        Value::Obj(o) => o.with_class(|c| c.is(t)),
        _ => false,
    }
}

/// The name of a type object.
pub fn type_name_of(t: &ObjRef) -> String {
    type_data(t).name.borrow().clone()
}
