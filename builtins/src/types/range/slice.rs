//! The builtin `slice` type: construction, the read-only start/stop/step members,
//! `indices(len)` (big-int exact, like `_PySlice_GetLongIndices`), comparisons as tuples, repr
//! and pickling support. Slices are unhashable in 3.11.

use super::{long_indices, readonly};
use crate::types::list::util::{noargs, onearg, wrap1, wrap_args};
use crate::types::object;
use num_traits::Signed;
use rpy_vm::bytecode::CmpOp;
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::protocol::{compare, repr};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

fn parts(vm: &mut Vm, v: &Value) -> PyResult<(Value, Value, Value)> {
    if let Value::Obj(o) = v {
        if let Payload::Slice { start, stop, step } = &o.payload {
            return Ok((start.clone(), stop.clone(), step.clone()));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'slice' object but received a '{tn}'")))
}

/// A new slice object.
pub fn new_slice(vm: &Vm, start: Value, stop: Value, step: Value) -> Value {
    Value::Obj(ObjRef::new(vm.types.slice.clone(), Payload::Slice { start, stop, step }))
}

fn slice_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let st = vm.types.slice.clone();
    object::new_cls(vm, &a, &st, "slice")?;
    if a.has_kwargs() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let pos = &a.pos()[1..];
    let (start, stop, step) = match pos.len() {
        0 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        1 => (Value::None, pos[0].clone(), Value::None),
        2 => (pos[0].clone(), pos[1].clone(), Value::None),
        3 => (pos[0].clone(), pos[1].clone(), pos[2].clone()),
        n => return Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    };
    Ok(new_slice(vm, start, stop, step))
}

fn slice_indices(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let len = onearg(vm, &a, "slice.indices")?;
    let (x, y, z) = parts(vm, &a.values[0])?;
    let length = vm.to_index(&len)?.to_big();
    if length.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (i, j, k) = long_indices(vm, &x, &y, &z, &length)?;
    let items = vec![vm.new_int_big(i), vm.new_int_big(j), vm.new_int_big(k)];
    Ok(vm.new_tuple(items))
}

fn slice_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__repr__", 0)?;
    let (x, y, z) = parts(vm, &a.values[0])?;
    let s = format!("slice({}, {}, {})", repr::repr(vm, &x)?, repr::repr(vm, &y)?, repr::repr(vm, &z)?);
    Ok(vm.new_string(s))
}

fn compare_slices(vm: &mut Vm, a: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let other = wrap1(vm, &a, name)?;
    let this = a.values[0].clone();
    let is_slice = |v: &Value| matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Slice { .. }));
    if !is_slice(&this) || !is_slice(&other) {
        return Ok(vm.not_implemented());
    }
    if this.is(&other) {
        return Ok(Value::Bool(matches!(op, CmpOp::Eq | CmpOp::Le | CmpOp::Ge)));
    }
    let (a0, a1, a2) = parts(vm, &this)?;
    let (b0, b1, b2) = parts(vm, &other)?;
    let t1 = vm.new_tuple(vec![a0, a1, a2]);
    let t2 = vm.new_tuple(vec![b0, b1, b2]);
    compare::rich_compare(vm, &t1, &t2, op)
}

fn slice_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare_slices(vm, a, "__eq__", CmpOp::Eq)
}
fn slice_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare_slices(vm, a, "__ne__", CmpOp::Ne)
}
fn slice_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare_slices(vm, a, "__lt__", CmpOp::Lt)
}
fn slice_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare_slices(vm, a, "__le__", CmpOp::Le)
}
fn slice_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare_slices(vm, a, "__gt__", CmpOp::Gt)
}
fn slice_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare_slices(vm, a, "__ge__", CmpOp::Ge)
}

fn slice_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "slice.__reduce__")?;
    let (x, y, z) = parts(vm, &a.values[0])?;
    let args = vm.new_tuple(vec![x, y, z]);
    let cls = Value::Obj(vm.types.slice.clone());
    Ok(vm.new_tuple(vec![cls, args]))
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

static METHODS: &[MethodDef] = &[
    MethodDef { name: "__new__", func: slice_new, flags: mflags::STATIC, sig: "($type, *args, **kwargs)", doc: "Create and return a new object.  See help(type) for accurate signature." },
    MethodDef { name: "__repr__", func: slice_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__lt__", func: slice_lt, flags: 0, sig: "($self, value, /)", doc: "Return self<value." },
    MethodDef { name: "__le__", func: slice_le, flags: 0, sig: "($self, value, /)", doc: "Return self<=value." },
    MethodDef { name: "__eq__", func: slice_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: slice_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__gt__", func: slice_gt, flags: 0, sig: "($self, value, /)", doc: "Return self>value." },
    MethodDef { name: "__ge__", func: slice_ge, flags: 0, sig: "($self, value, /)", doc: "Return self>=value." },
    MethodDef {
        name: "indices",
        func: slice_indices,
        flags: 0,
        sig: "",
        doc: "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices.",
    },
    MethodDef { name: "__reduce__", func: slice_reduce, flags: 0, sig: "", doc: "Return state information for pickling." },
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "start", get: get_start, set: Some(readonly), doc: "" },
    GetSetDef { name: "stop", get: get_stop, set: Some(readonly), doc: "" },
    GetSetDef { name: "step", get: get_step, set: Some(readonly), doc: "" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.slice.clone();
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
    vm.type_set_attr(&t, "__hash__", Value::None);
    let doc = vm.new_str("slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).");
    vm.type_set_attr(&t, "__doc__", doc);
}
