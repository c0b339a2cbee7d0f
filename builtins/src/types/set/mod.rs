//! The builtin `set` and `frozenset` types: constructors, mutation methods, the set algebra
//! (methods taking several iterables and the `| & - ^` operators with in-place forms), subset
//! comparisons, membership (a set key is looked up as a frozenset), repr and hashing. The
//! algorithms are in `ops.rs`, table-level operations in `table.rs`.

pub mod ops;
pub mod table;

pub use ops::{difference_update_internal, intersection, is_anyset, new_set, symmetric_difference_update, update_internal};
pub use table::add_key;

use crate::types::list::alias;
use crate::types::list::iter::ITER_METHODS;
use crate::types::list::util::{self, noargs, onearg, wrap1, wrap_args};
use crate::types::object;
use ops::{make_new_set, set_copy};
use rpy_vm::bytecode::CmpOp;
use rpy_vm::objects::hash;
use rpy_vm::objects::iter::IterData;
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::objects::typeobj::is_subtype;
use rpy_vm::protocol::{attr, seq};
use rpy_vm::{ObjRef, Payload, PyErr, PyResult, Value, Vm};
use table::data;

/// The set object of a receiver (set or frozenset).
fn set_obj<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a ObjRef> {
    if let Value::Obj(o) = v {
        if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) {
            return Ok(o);
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a '{what}' object but received a '{tn}'")))
}

fn this(vm: &mut Vm, a: &Args) -> PyResult<ObjRef> {
    Ok(set_obj(vm, &a.values[0], "set")?.clone())
}

fn is_type_error(vm: &Vm, e: &PyErr) -> bool {
    e.0.with_class(|c| is_subtype(c, &vm.types.type_error))
}

/// A `set` key converted to a frozenset for lookups (`{1} in {frozenset({1})}`).
fn as_frozen_key(vm: &mut Vm, key: &Value, e: PyErr) -> PyResult<Value> {
    let is_set = matches!(key, Value::Obj(o) if matches!(o.payload, Payload::Set(_)));
    if !is_set || !is_type_error(vm, &e) {
        return Err(e);
    }
    let ft = vm.types.frozenset.clone();
    Ok(Value::Obj(make_new_set(vm, &ft, Some(key))?))
}

fn contains_with_frozen(vm: &mut Vm, so: &ObjRef, key: &Value) -> PyResult<bool> {
    match table::contains_key(vm, so, key) {
        Ok(b) => Ok(b),
        Err(e) => {
            let k = as_frozen_key(vm, key, e)?;
            table::contains_key(vm, so, &k)
        }
    }
}

fn discard_with_frozen(vm: &mut Vm, so: &ObjRef, key: &Value) -> PyResult<bool> {
    match table::discard_key(vm, so, key) {
        Ok(b) => Ok(b),
        Err(e) => {
            let k = as_frozen_key(vm, key, e)?;
            table::discard_key(vm, so, &k)
        }
    }
}

fn set_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let base = vm.types.set.clone();
    let cls = object::new_cls(vm, &a, &base, "set")?;
    if cls.is(&base) && a.has_kwargs() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    Ok(Value::Obj(make_new_set(vm, &cls, None)?))
}

fn set_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let so = Value::Obj(set_obj(vm, &a.values[0], "set")?.clone());
    let Value::Obj(s) = &so else { return Ok(Value::None) };
    if a.has_kwargs() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    let pos = &a.pos()[1..];
    if pos.len() > 1 {
        let tn = vm.type_name(&so);
        return Err(vm.type_error(format!("{tn} expected at most 1 argument, got {}", pos.len())));
    }
    if table::fill(&data(s).borrow()) > 0 {
        ops::clear(s);
    }
    if let Some(it) = pos.first() {
        update_internal(vm, s, it)?;
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let base = vm.types.frozenset.clone();
    let cls = object::new_cls(vm, &a, &base, "frozenset")?;
    if a.has_kwargs() {
        let ot = vm.types.object.clone();
        if cls.is(&base) || util::inherits_native(&cls, "__init__", &ot) {
            return Err(vm.type_error("frozenset() takes no keyword arguments"));
        }
    }
    let pos = &a.pos()[1..];
    if pos.len() > 1 {
        let tn = util::type_name_of(&cls);
        return Err(vm.type_error(format!("{tn} expected at most 1 argument, got {}", pos.len())));
    }
    let iterable = pos.first();
    if cls.is(&base) {
        if let Some(it) = iterable {
            if util::is_exact(it, &base) {
                return Ok(it.clone());
            }
        }
    }
    Ok(Value::Obj(make_new_set(vm, &cls, iterable)?))
}

fn set_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let key = onearg(vm, &a, "set.add")?;
    let so = this(vm, &a)?;
    add_key(vm, &so, key)?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let key = onearg(vm, &a, "set.discard")?;
    let so = this(vm, &a)?;
    discard_with_frozen(vm, &so, &key)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let key = onearg(vm, &a, "set.remove")?;
    let so = this(vm, &a)?;
    if discard_with_frozen(vm, &so, &key)? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(key))
    }
}

fn set_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "set.pop")?;
    let so = this(vm, &a)?;
    let r = data(&so).borrow_mut().pop_first();
    match r {
        Some(v) => Ok(v),
        None => {
            let m = vm.new_str("pop from an empty set");
            Err(vm.key_error(m))
        }
    }
}

fn set_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "set.clear")?;
    let so = this(vm, &a)?;
    ops::clear(&so);
    Ok(Value::None)
}

fn set_copy_m(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "set.copy")?;
    let so = this(vm, &a)?;
    Ok(Value::Obj(set_copy(vm, &so)?))
}

fn frozenset_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "frozenset.copy")?;
    let ft = vm.types.frozenset.clone();
    if util::is_exact(&a.values[0], &ft) {
        return Ok(a.values[0].clone());
    }
    let so = this(vm, &a)?;
    Ok(Value::Obj(set_copy(vm, &so)?))
}

/// Positional arguments of a varargs method (no keywords).
fn varargs<'a>(vm: &mut Vm, a: &Args<'a>, qualname: &str) -> PyResult<&'a [Value]> {
    crate::args::no_kwargs(vm, a, qualname)?;
    Ok(&a.pos()[1..])
}

fn set_union(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let others = varargs(vm, &a, "set.union")?;
    let so = this(vm, &a)?;
    let result = set_copy(vm, &so)?;
    for other in others {
        if matches!(other, Value::Obj(o) if o.is(&so)) {
            continue;
        }
        update_internal(vm, &result, other)?;
    }
    Ok(Value::Obj(result))
}

fn set_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let others = varargs(vm, &a, "set.update")?;
    let so = this(vm, &a)?;
    for other in others {
        update_internal(vm, &so, other)?;
    }
    Ok(Value::None)
}

fn set_intersection_m(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let others = varargs(vm, &a, "set.intersection")?;
    let so = this(vm, &a)?;
    ops::intersection_multi(vm, &so, others)
}

fn set_intersection_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let others = varargs(vm, &a, "set.intersection_update")?;
    let so = this(vm, &a)?;
    let tmp = ops::intersection_multi(vm, &so, others)?;
    ops::swap_bodies(&so, &tmp);
    Ok(Value::None)
}

fn set_difference_m(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let others = varargs(vm, &a, "set.difference")?;
    let so = this(vm, &a)?;
    ops::difference_multi(vm, &so, others)
}

fn set_difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let others = varargs(vm, &a, "set.difference_update")?;
    let so = this(vm, &a)?;
    for other in others {
        difference_update_internal(vm, &so, other)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_m(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = onearg(vm, &a, "set.symmetric_difference")?;
    let so = this(vm, &a)?;
    ops::symmetric_difference(vm, &so, &other)
}

fn set_symmetric_difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = onearg(vm, &a, "set.symmetric_difference_update")?;
    let so = this(vm, &a)?;
    symmetric_difference_update(vm, &so, &other)?;
    Ok(Value::None)
}

fn set_issubset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = onearg(vm, &a, "set.issubset")?;
    let so = this(vm, &a)?;
    Ok(Value::Bool(ops::issubset(vm, &so, &other)?))
}

fn set_issuperset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = onearg(vm, &a, "set.issuperset")?;
    let so = this(vm, &a)?;
    Ok(Value::Bool(ops::issuperset(vm, &so, &other)?))
}

fn set_isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = onearg(vm, &a, "set.isdisjoint")?;
    let so = this(vm, &a)?;
    Ok(Value::Bool(ops::isdisjoint(vm, &so, &other)?))
}

/// A binary operator: NotImplemented unless both operands are sets.
fn binop(vm: &mut Vm, left: &Value, right: &Value, f: fn(&mut Vm, &ObjRef, &Value) -> PyResult<Value>) -> PyResult<Value> {
    if !is_anyset(left) || !is_anyset(right) {
        return Ok(vm.not_implemented());
    }
    let Value::Obj(l) = left else { return Ok(vm.not_implemented()) };
    f(vm, l, right)
}

fn or_op(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<Value> {
    let result = set_copy(vm, so)?;
    if !matches!(other, Value::Obj(o) if o.is(so)) {
        update_internal(vm, &result, other)?;
    }
    Ok(Value::Obj(result))
}

fn and_op(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<Value> {
    intersection(vm, &Value::Obj(so.clone()), other)
}

fn sub_op(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<Value> {
    ops::difference(vm, so, other)
}

fn xor_op(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<Value> {
    ops::symmetric_difference(vm, so, other)
}

fn set_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = wrap1(vm, &a, "__or__")?;
    binop(vm, &a.values[0], &o, or_op)
}
fn set_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = wrap1(vm, &a, "__ror__")?;
    binop(vm, &o, &a.values[0], or_op)
}
fn set_and(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = wrap1(vm, &a, "__and__")?;
    binop(vm, &a.values[0], &o, and_op)
}
fn set_rand(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = wrap1(vm, &a, "__rand__")?;
    binop(vm, &o, &a.values[0], and_op)
}
fn set_sub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = wrap1(vm, &a, "__sub__")?;
    binop(vm, &a.values[0], &o, sub_op)
}
fn set_rsub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = wrap1(vm, &a, "__rsub__")?;
    binop(vm, &o, &a.values[0], sub_op)
}
fn set_xor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = wrap1(vm, &a, "__xor__")?;
    binop(vm, &a.values[0], &o, xor_op)
}
fn set_rxor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = wrap1(vm, &a, "__rxor__")?;
    binop(vm, &o, &a.values[0], xor_op)
}

fn set_ior(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__ior__")?;
    if !is_anyset(&other) {
        return Ok(vm.not_implemented());
    }
    let so = this(vm, &a)?;
    update_internal(vm, &so, &other)?;
    Ok(a.values[0].clone())
}

fn set_iand(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__iand__")?;
    if !is_anyset(&other) {
        return Ok(vm.not_implemented());
    }
    let so = this(vm, &a)?;
    let tmp = intersection(vm, &a.values[0], &other)?;
    ops::swap_bodies(&so, &tmp);
    Ok(a.values[0].clone())
}

fn set_isub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__isub__")?;
    if !is_anyset(&other) {
        return Ok(vm.not_implemented());
    }
    let so = this(vm, &a)?;
    difference_update_internal(vm, &so, &other)?;
    Ok(a.values[0].clone())
}

fn set_ixor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__ixor__")?;
    if !is_anyset(&other) {
        return Ok(vm.not_implemented());
    }
    let so = this(vm, &a)?;
    symmetric_difference_update(vm, &so, &other)?;
    Ok(a.values[0].clone())
}

fn richcompare(vm: &mut Vm, a: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let other = wrap1(vm, &a, name)?;
    let so = this(vm, &a)?;
    if !is_anyset(&other) {
        return Ok(vm.not_implemented());
    }
    let Value::Obj(w) = &other else { return Ok(vm.not_implemented()) };
    let (lv, lw) = (data(&so).borrow().len(), data(w).borrow().len());
    let r = match op {
        CmpOp::Eq => lv == lw && ops::issubset(vm, &so, &other)?,
        CmpOp::Ne => !(lv == lw && ops::issubset(vm, &so, &other)?),
        CmpOp::Le => ops::issubset(vm, &so, &other)?,
        CmpOp::Ge => ops::issuperset(vm, &so, &other)?,
        CmpOp::Lt => lv < lw && ops::issubset(vm, &so, &other)?,
        CmpOp::Gt => lv > lw && ops::issuperset(vm, &so, &other)?,
    };
    Ok(Value::Bool(r))
}

fn set_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__eq__", CmpOp::Eq)
}
fn set_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__ne__", CmpOp::Ne)
}
fn set_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__lt__", CmpOp::Lt)
}
fn set_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__le__", CmpOp::Le)
}
fn set_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__gt__", CmpOp::Gt)
}
fn set_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__ge__", CmpOp::Ge)
}

fn set_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let key = onearg(vm, &a, "set.__contains__")?;
    let so = this(vm, &a)?;
    Ok(Value::Bool(contains_with_frozen(vm, &so, &key)?))
}

fn set_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__len__", 0)?;
    let so = this(vm, &a)?;
    let n = data(&so).borrow().len();
    Ok(Value::Int(n as i64))
}

fn set_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__iter__", 0)?;
    let so = this(vm, &a)?;
    let len = data(&so).borrow().len();
    let t = vm.types.set_iterator.clone();
    Ok(util::new_iter(&t, IterData::Set { set: a.values[0].clone(), pos: 0, len }))
}

fn set_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__repr__", 0)?;
    let sv = a.values[0].clone();
    let so = this(vm, &a)?;
    let tn = vm.type_name(&sv);
    let st = vm.types.set.clone();
    let exact_set = util::is_exact(&sv, &st);
    let s = util::repr_guard(vm, &so, &format!("{tn}(...)"), |vm| {
        if data(&so).borrow().len() == 0 {
            return Ok(format!("{tn}()"));
        }
        let items = seq::to_vec(vm, &sv)?;
        let inner = util::join_reprs(vm, &items)?;
        Ok(if exact_set { format!("{{{inner}}}") } else { format!("{tn}({{{inner}}})") })
    })?;
    Ok(vm.new_string(s))
}

fn frozenset_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__hash__", 0)?;
    let so = set_obj(vm, &a.values[0], "frozenset")?.clone();
    let b = data(&so).borrow();
    Ok(Value::Int(hash::hash_frozenset(b.iter().map(|(h, _)| h), b.len())))
}

fn set_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "set.__reduce__")?;
    let sv = a.values[0].clone();
    this(vm, &a)?;
    let keys = seq::to_vec(vm, &sv)?;
    let keys = vm.new_list(keys);
    let args = vm.new_tuple(vec![keys]);
    let state = match attr::getattr_str_opt(vm, &sv, "__getstate__")? {
        Some(gs) => vm.call(&gs, &[])?,
        None => match &sv {
            Value::Obj(o) => match o.ext.as_ref().and_then(|e| e.dict.get()) {
                Some(d) if matches!(&d.payload, Payload::Dict(dd) if dd.borrow().len() > 0) => Value::Obj(d),
                _ => Value::None,
            },
            _ => Value::None,
        },
    };
    let cls = Value::Obj(vm.type_of(&sv));
    Ok(vm.new_tuple(vec![cls, args, state]))
}

fn set_sizeof(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "set.__sizeof__")?;
    let so = this(vm, &a)?;
    let size = data(&so).borrow().mask() + 1;
    Ok(Value::Int(200 + if size > 8 { size as i64 * 16 } else { 0 }))
}

macro_rules! m {
    ($name:expr, $f:expr, $sig:expr, $doc:expr) => {
        MethodDef { name: $name, func: $f, flags: 0, sig: $sig, doc: $doc }
    };
}

const DOC_COPY: &str = "Return a shallow copy of a set.";
const DOC_DIFF: &str = "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)";
const DOC_INTER: &str = "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)";
const DOC_DISJ: &str = "Return True if two sets have a null intersection.";
const DOC_SUB: &str = "Report whether another set contains this set.";
const DOC_SUPER: &str = "Report whether this set contains another set.";
const DOC_SYM: &str = "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)";
const DOC_UNION: &str = "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)";
const DOC_SIZEOF: &str = "S.__sizeof__() -> size of S in memory, in bytes";

/// Methods shared by set and frozenset.
static COMMON: &[MethodDef] = &[
    m!("__repr__", set_repr, "($self, /)", "Return repr(self)."),
    m!("__lt__", set_lt, "($self, value, /)", "Return self<value."),
    m!("__le__", set_le, "($self, value, /)", "Return self<=value."),
    m!("__eq__", set_eq, "($self, value, /)", "Return self==value."),
    m!("__ne__", set_ne, "($self, value, /)", "Return self!=value."),
    m!("__gt__", set_gt, "($self, value, /)", "Return self>value."),
    m!("__ge__", set_ge, "($self, value, /)", "Return self>=value."),
    m!("__iter__", set_iter, "($self, /)", "Implement iter(self)."),
    m!("__sub__", set_sub, "($self, value, /)", "Return self-value."),
    m!("__rsub__", set_rsub, "($self, value, /)", "Return value-self."),
    m!("__and__", set_and, "($self, value, /)", "Return self&value."),
    m!("__rand__", set_rand, "($self, value, /)", "Return value&self."),
    m!("__xor__", set_xor, "($self, value, /)", "Return self^value."),
    m!("__rxor__", set_rxor, "($self, value, /)", "Return value^self."),
    m!("__or__", set_or, "($self, value, /)", "Return self|value."),
    m!("__ror__", set_ror, "($self, value, /)", "Return value|self."),
    m!("__len__", set_len, "($self, /)", "Return len(self)."),
    m!("__contains__", set_contains, "", "x.__contains__(y) <==> y in x."),
    m!("difference", set_difference_m, "", DOC_DIFF),
    m!("intersection", set_intersection_m, "", DOC_INTER),
    m!("isdisjoint", set_isdisjoint, "", DOC_DISJ),
    m!("issubset", set_issubset, "", DOC_SUB),
    m!("issuperset", set_issuperset, "", DOC_SUPER),
    m!("__reduce__", set_reduce, "", "Return state information for pickling."),
    m!("__sizeof__", set_sizeof, "", DOC_SIZEOF),
    m!("symmetric_difference", set_symmetric_difference_m, "", DOC_SYM),
    m!("union", set_union, "", DOC_UNION),
    MethodDef { name: "__class_getitem__", func: alias::class_getitem, flags: mflags::CLASS, sig: "", doc: "See PEP 585" },
];

static SET_ONLY: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: set_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    m!("__init__", set_init, "($self, /, *args, **kwargs)", "Initialize self.  See help(type(self)) for accurate signature."),
    m!("__isub__", set_isub, "($self, value, /)", "Return self-=value."),
    m!("__iand__", set_iand, "($self, value, /)", "Return self&=value."),
    m!("__ixor__", set_ixor, "($self, value, /)", "Return self^=value."),
    m!("__ior__", set_ior, "($self, value, /)", "Return self|=value."),
    m!("add", set_add, "", "Add an element to a set.\n\nThis has no effect if the element is already present."),
    m!("clear", set_clear, "", "Remove all elements from this set."),
    m!("copy", set_copy_m, "", DOC_COPY),
    m!(
        "discard",
        set_discard,
        "",
        "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set."
    ),
    m!("difference_update", set_difference_update, "", "Remove all elements of another set from this set."),
    m!("intersection_update", set_intersection_update, "", "Update a set with the intersection of itself and another."),
    m!("pop", set_pop, "", "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."),
    m!(
        "remove",
        set_remove,
        "",
        "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."
    ),
    m!(
        "symmetric_difference_update",
        set_symmetric_difference_update,
        "",
        "Update a set with the symmetric difference of itself and another."
    ),
    m!("update", set_update, "", "Update a set with the union of itself and others."),
];

static FROZENSET_ONLY: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: frozenset_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    m!("__hash__", frozenset_hash, "($self, /)", "Return hash(self)."),
    m!("copy", frozenset_copy, "", DOC_COPY),
];

pub fn init(vm: &mut Vm) {
    let s = vm.types.set.clone();
    vm.add_methods(&s, COMMON);
    vm.add_methods(&s, SET_ONLY);
    vm.type_set_attr(&s, "__hash__", Value::None);
    let doc = vm.new_str("set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.");
    vm.type_set_attr(&s, "__doc__", doc);
    let f = vm.types.frozenset.clone();
    vm.add_methods(&f, COMMON);
    vm.add_methods(&f, FROZENSET_ONLY);
    let doc = vm.new_str(
        "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.",
    );
    vm.type_set_attr(&f, "__doc__", doc);
    let it = vm.types.set_iterator.clone();
    vm.add_methods(&it, ITER_METHODS);
}
