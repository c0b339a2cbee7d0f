//! The builtin `range` type: construction through `__index__`, length (with CPython's
//! OverflowError for huge ranges), O(1) indexing, slicing into ranges, membership, count/index,
//! iteration both ways, sequence equality and hashing. `slice` lives in `slice.rs`.

pub mod slice;

use crate::types::list::iter::ITER_METHODS;
use crate::types::list::util::{noargs, onearg, wrap1, wrap_args};
use crate::types::object;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use rpy_vm::objects::iter::IterData;
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::protocol::number::as_int;
use rpy_vm::protocol::{attr, repr, seq};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

/// The integer value of a stored range component.
pub fn big(v: &Value) -> BigInt {
    as_int(v).map(|i| i.to_big()).unwrap_or_default()
}

/// Number of items of range(start, stop, step) as a BigInt.
pub fn big_len(start: &Value, stop: &Value, step: &Value) -> BigInt {
    let (a, b, s) = (big(start), big(stop), big(step));
    len_of(&a, &b, &s)
}

fn len_of(a: &BigInt, b: &BigInt, s: &BigInt) -> BigInt {
    if s.is_positive() {
        if b > a {
            (b - a - 1u32).div_floor(s) + 1u32
        } else {
            BigInt::zero()
        }
    } else if a > b {
        (a - b - 1u32).div_floor(&(-s)) + 1u32
    } else {
        BigInt::zero()
    }
}

/// (start, stop, step) of a range receiver.
fn parts(vm: &mut Vm, v: &Value) -> PyResult<(Value, Value, Value)> {
    if let Value::Obj(o) = v {
        if let Payload::Range { start, stop, step } = &o.payload {
            return Ok((start.clone(), stop.clone(), step.clone()));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'range' object but received a '{tn}'")))
}

fn new_range(vm: &mut Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let (a, b, c) = (vm.new_int_big(start), vm.new_int_big(stop), vm.new_int_big(step));
    Value::Obj(ObjRef::new(vm.types.range.clone(), Payload::Range { start: a, stop: b, step: c }))
}

/// `PyNumber_Index(v)` as a BigInt.
fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    Ok(vm.to_index(v)?.to_big())
}

fn range_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rt = vm.types.range.clone();
    object::new_cls(vm, &a, &rt, "range")?;
    if a.has_kwargs() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let pos = &a.pos()[1..];
    let (start, stop, step) = match pos.len() {
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        1 => (BigInt::zero(), index_big(vm, &pos[0])?, BigInt::one()),
        2 | 3 => {
            let start = index_big(vm, &pos[0])?;
            let stop = index_big(vm, &pos[1])?;
            let step = match pos.get(2) {
                Some(s) => index_big(vm, s)?,
                None => BigInt::one(),
            };
            if step.is_zero() {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            (start, stop, step)
        }
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    Ok(new_range(vm, start, stop, step))
}

fn ssize_len(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let (a, b, c) = parts(vm, v)?;
    big_len(&a, &b, &c).to_i64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__len__", 0)?;
    Ok(Value::Int(ssize_len(vm, &a.values[0])?))
}

fn range_bool(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__bool__", 0)?;
    let (x, y, z) = parts(vm, &a.values[0])?;
    Ok(Value::Bool(!big_len(&x, &y, &z).is_zero()))
}

/// `_PySlice_GetLongIndices`: slice bounds resolved against `length`, with big integers.
pub fn long_indices(vm: &mut Vm, start: &Value, stop: &Value, step: &Value, length: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let step = if step.is_none() {
        BigInt::one()
    } else {
        let s = slice_component(vm, step)?;
        if s.is_zero() {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        s
    };
    let neg = step.is_negative();
    let (lower, upper) = if neg { (BigInt::from(-1), length - 1u32) } else { (BigInt::zero(), length.clone()) };
    let clamp = |mut v: BigInt| -> BigInt {
        if v.is_negative() {
            v += length;
            if v < lower {
                lower.clone()
            } else {
                v
            }
        } else if v > upper {
            upper.clone()
        } else {
            v
        }
    };
    let start = if start.is_none() {
        if neg {
            upper.clone()
        } else {
            lower.clone()
        }
    } else {
        clamp(slice_component(vm, start)?)
    };
    let stop = if stop.is_none() {
        if neg {
            lower.clone()
        } else {
            upper.clone()
        }
    } else {
        clamp(slice_component(vm, stop)?)
    };
    Ok((start, stop, step))
}

fn slice_component(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if as_int(v).is_none() && attr::lookup_special(vm, v, "__index__").is_none() {
        return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
    }
    index_big(vm, v)
}

fn range_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let key = wrap1(vm, &a, "__getitem__")?;
    let (x, y, z) = parts(vm, &a.values[0])?;
    let (start, stop, step) = (big(&x), big(&y), big(&z));
    let len = len_of(&start, &stop, &step);
    if let Value::Obj(k) = &key {
        if let Payload::Slice { start: sa, stop: sb, step: sc } = &k.payload {
            let (sa, sb, sc) = (sa.clone(), sb.clone(), sc.clone());
            let (i, j, s) = long_indices(vm, &sa, &sb, &sc, &len)?;
            let substep = &step * &s;
            let substart = &start + &i * &step;
            let substop = &start + &j * &step;
            return Ok(new_range(vm, substart, substop, substep));
        }
    }
    if as_int(&key).is_none() && attr::lookup_special(vm, &key, "__index__").is_none() {
        let tn = vm.type_name(&key);
        return Err(vm.type_error(format!("range indices must be integers or slices, not {tn}")));
    }
    let mut i = index_big(vm, &key)?;
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_int_big(start + i * step))
}

/// Is `v` an exact int or a bool (the fast membership path)?
fn is_exact_int(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => matches!(o.payload, Payload::Int(_)) && o.with_class(|c| c.is(&vm.types.int)),
        _ => false,
    }
}

fn contains_long(start: &BigInt, stop: &BigInt, step: &BigInt, ob: &BigInt) -> bool {
    let inside = if step.is_positive() { start <= ob && ob < stop } else { stop < ob && ob <= start };
    inside && (ob - start).mod_floor(step).is_zero()
}

/// `_PySequence_IterSearch`: iterate the range comparing `item == ob`.
fn iter_search(vm: &mut Vm, this: &Value, ob: &Value, count: bool) -> PyResult<Option<i64>> {
    let it = range_iter_value(vm, this)?;
    let mut i: i64 = 0;
    let mut n: i64 = 0;
    while let Some(item) = seq::next(vm, &it)? {
        if vm.eq(&item, ob)? {
            if !count {
                return Ok(Some(i));
            }
            n += 1;
        }
        i += 1;
    }
    Ok(if count { Some(n) } else { None })
}

fn range_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ob = wrap1(vm, &a, "__contains__")?;
    let this = a.values[0].clone();
    if is_exact_int(vm, &ob) {
        let (x, y, z) = parts(vm, &this)?;
        return Ok(Value::Bool(contains_long(&big(&x), &big(&y), &big(&z), &big(&ob))));
    }
    Ok(Value::Bool(iter_search(vm, &this, &ob, false)?.is_some()))
}

fn range_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ob = onearg(vm, &a, "range.count")?;
    let this = a.values[0].clone();
    if is_exact_int(vm, &ob) {
        let (x, y, z) = parts(vm, &this)?;
        return Ok(Value::Int(contains_long(&big(&x), &big(&y), &big(&z), &big(&ob)) as i64));
    }
    Ok(Value::Int(iter_search(vm, &this, &ob, true)?.unwrap_or(0)))
}

fn range_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ob = onearg(vm, &a, "range.index")?;
    let this = a.values[0].clone();
    if !is_exact_int(vm, &ob) {
        return match iter_search(vm, &this, &ob, false)? {
            Some(i) => Ok(Value::Int(i)),
            None => Err(vm.value_error("sequence.index(x): x not in sequence")),
        };
    }
    let (x, y, z) = parts(vm, &this)?;
    let (start, stop, step, v) = (big(&x), big(&y), big(&z), big(&ob));
    if contains_long(&start, &stop, &step, &v) {
        return Ok(vm.new_int_big((v - start).div_floor(&step)));
    }
    let r = repr::repr(vm, &ob)?;
    Err(vm.value_error(format!("{r} is not in range")))
}

fn range_iter_value(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (x, y, z) = parts(vm, this)?;
    let t = vm.types.range_iterator.clone();
    Ok(match (&x, &y, &z) {
        (Value::Int(a), Value::Int(b), Value::Int(c)) => crate::types::list::util::new_iter(&t, IterData::Range { cur: *a, stop: *b, step: *c }),
        _ => crate::types::list::util::new_iter(&t, IterData::BigRange { cur: x, stop: y, step: z }),
    })
}

fn range_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__iter__", 0)?;
    range_iter_value(vm, &a.values[0])
}

fn range_reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "range.__reversed__")?;
    let (x, y, z) = parts(vm, &a.values[0])?;
    let (start, stop, step) = (big(&x), big(&y), big(&z));
    let n = len_of(&start, &stop, &step);
    let first = &start + (n - 1u32) * &step;
    let end = &start - &step;
    let nstep = -step;
    let t = vm.types.range_iterator.clone();
    Ok(match (first.to_i64(), end.to_i64(), nstep.to_i64()) {
        (Some(c), Some(s), Some(st)) => crate::types::list::util::new_iter(&t, IterData::Range { cur: c, stop: s, step: st }),
        _ => {
            let (c, s, st) = (vm.new_int_big(first), vm.new_int_big(end), vm.new_int_big(nstep));
            crate::types::list::util::new_iter(&t, IterData::BigRange { cur: c, stop: s, step: st })
        }
    })
}

/// `range_equals`: two ranges are equal when they describe the same sequence.
fn ranges_equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    let (a0, a1, a2) = parts(vm, a)?;
    let (b0, b1, b2) = parts(vm, b)?;
    let la = big_len(&a0, &a1, &a2);
    let lb = big_len(&b0, &b1, &b2);
    if la != lb {
        return Ok(false);
    }
    if la.is_zero() {
        return Ok(true);
    }
    if big(&a0) != big(&b0) {
        return Ok(false);
    }
    if la.is_one() {
        return Ok(true);
    }
    Ok(big(&a2) == big(&b2))
}

fn is_range(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Range { .. }))
}

fn range_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__eq__")?;
    if !is_range(&other) {
        return Ok(vm.not_implemented());
    }
    Ok(Value::Bool(ranges_equal(vm, &a.values[0], &other)?))
}

fn range_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__ne__")?;
    if !is_range(&other) {
        return Ok(vm.not_implemented());
    }
    Ok(Value::Bool(!ranges_equal(vm, &a.values[0], &other)?))
}

fn range_order(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__lt__", 1)?;
    Ok(vm.not_implemented())
}

fn range_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__hash__", 0)?;
    let (x, y, z) = parts(vm, &a.values[0])?;
    let n = big_len(&x, &y, &z);
    let t = if n.is_zero() {
        vec![Value::Int(0), Value::None, Value::None]
    } else if n.is_one() {
        vec![Value::Int(1), x, Value::None]
    } else {
        let nv = vm.new_int_big(n);
        vec![nv, x, z]
    };
    let t = vm.new_tuple(t);
    Ok(Value::Int(vm.hash(&t)?))
}

fn range_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__repr__", 0)?;
    let (x, y, z) = parts(vm, &a.values[0])?;
    let (rx, ry) = (repr::repr(vm, &x)?, repr::repr(vm, &y)?);
    let s = if matches!(z, Value::Int(1)) { format!("range({rx}, {ry})") } else { format!("range({rx}, {ry}, {})", repr::repr(vm, &z)?) };
    Ok(vm.new_string(s))
}

fn range_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "range.__reduce__")?;
    let (x, y, z) = parts(vm, &a.values[0])?;
    let args = vm.new_tuple(vec![x, y, z]);
    let cls = Value::Obj(vm.types.range.clone());
    Ok(vm.new_tuple(vec![cls, args]))
}

fn range_sizeof(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "range.__sizeof__")?;
    Ok(Value::Int(48))
}

fn get_start(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(vm, v)?.0)
}
fn get_stop(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(vm, v)?.1)
}
fn get_step(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(vm, v)?.2)
}

/// The setter of a read-only member: "readonly attribute".
pub fn readonly(vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: range_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef { name: "__repr__", func: range_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__hash__", func: range_hash, flags: 0, sig: "($self, /)", doc: "Return hash(self)." },
    MethodDef { name: "__lt__", func: range_order, flags: 0, sig: "($self, value, /)", doc: "Return self<value." },
    MethodDef { name: "__le__", func: range_order, flags: 0, sig: "($self, value, /)", doc: "Return self<=value." },
    MethodDef { name: "__eq__", func: range_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: range_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__gt__", func: range_order, flags: 0, sig: "($self, value, /)", doc: "Return self>value." },
    MethodDef { name: "__ge__", func: range_order, flags: 0, sig: "($self, value, /)", doc: "Return self>=value." },
    MethodDef { name: "__iter__", func: range_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__bool__", func: range_bool, flags: 0, sig: "($self, /)", doc: "True if self else False" },
    MethodDef { name: "__len__", func: range_len, flags: 0, sig: "($self, /)", doc: "Return len(self)." },
    MethodDef { name: "__getitem__", func: range_getitem, flags: 0, sig: "($self, key, /)", doc: "Return self[key]." },
    MethodDef { name: "__contains__", func: range_contains, flags: 0, sig: "($self, key, /)", doc: "Return key in self." },
    MethodDef { name: "__reversed__", func: range_reversed, flags: 0, sig: "", doc: "Return a reverse iterator." },
    MethodDef { name: "__reduce__", func: range_reduce, flags: 0, sig: "", doc: "" },
    MethodDef { name: "__sizeof__", func: range_sizeof, flags: 0, sig: "($self, /)", doc: "Size of object in memory, in bytes." },
    MethodDef { name: "count", func: range_count, flags: 0, sig: "", doc: "rangeobject.count(value) -> integer -- return number of occurrences of value" },
    MethodDef {
        name: "index",
        func: range_index,
        flags: 0,
        sig: "",
        doc: "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present.",
    },
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "start", get: get_start, set: Some(readonly), doc: "" },
    GetSetDef { name: "stop", get: get_stop, set: Some(readonly), doc: "" },
    GetSetDef { name: "step", get: get_step, set: Some(readonly), doc: "" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.range.clone();
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
    let doc = vm.new_str("range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).");
    vm.type_set_attr(&t, "__doc__", doc);
    let it = vm.types.range_iterator.clone();
    vm.add_methods(&it, ITER_METHODS);
    slice::init(vm);
}
