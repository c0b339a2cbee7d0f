//! The builtin `tuple` type: construction (returning the argument itself for exact tuples),
//! count/index, subscripts, concatenation/repetition, lexicographic comparison, hashing and
//! repr for subclasses, `__getnewargs__`, plus `tuple_iterator`.

use crate::types::list::iter::ITER_METHODS;
use crate::types::list::util::{self, clinic_args, noargs, onearg, subscript_index, wrap1, wrap_args, Items};
use crate::types::list::{alias, repeat, repeat_count};
use crate::types::object;
use rpy_vm::bytecode::CmpOp;
use rpy_vm::objects::hash;
use rpy_vm::objects::iter::IterData;
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::protocol::{repr, seq};
use rpy_vm::{Payload, PyResult, Value, Vm};

/// The items of a tuple receiver.
pub fn items<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a [Value]> {
    if let Value::Obj(o) = v {
        if let Payload::Tuple(t) = &o.payload {
            return Ok(t);
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'tuple' object but received a '{tn}'")))
}

fn is_tuple(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)))
}

fn tuple_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let base = vm.types.tuple.clone();
    let cls = object::new_cls(vm, &a, &base, "tuple")?;
    if a.has_kwargs() {
        let ot = vm.types.object.clone();
        if cls.is(&base) || util::inherits_native(&cls, "__init__", &ot) {
            return Err(vm.type_error("tuple() takes no keyword arguments"));
        }
    }
    let pos = &a.pos()[1..];
    if pos.len() > 1 {
        return Err(vm.type_error(format!("tuple expected at most 1 argument, got {}", pos.len())));
    }
    let exact = cls.is(&base);
    let items: Vec<Value> = match pos.first() {
        None => Vec::new(),
        Some(it) => {
            if exact && util::is_exact(it, &base) {
                return Ok(it.clone());
            }
            seq::to_vec(vm, it)?
        }
    };
    if exact {
        return Ok(vm.new_tuple(items));
    }
    Ok(Value::Obj(object::alloc(vm, &cls, Payload::Tuple(items.into_boxed_slice()))))
}

fn tuple_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__len__", 0)?;
    Ok(Value::Int(items(vm, &a.values[0])?.len() as i64))
}

fn tuple_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let key = wrap1(vm, &a, "__getitem__")?;
    let this = a.values[0].clone();
    let t = items(vm, &this)?.to_vec();
    if let Value::Obj(k) = &key {
        if matches!(k.payload, Payload::Slice { .. }) {
            let (sa, sb, sc) = seq::slice_parts(k).unwrap_or((Value::None, Value::None, Value::None));
            let (start, stop, step) = rpy_vm::protocol::convert::slice_indices(vm, &sa, &sb, &sc, t.len())?;
            let n = rpy_vm::protocol::convert::slice_len(start, stop, step);
            let tt = vm.types.tuple.clone();
            if start == 0 && step == 1 && n == t.len() && util::is_exact(&this, &tt) {
                return Ok(this);
            }
            let v = seq::slice_vec(vm, &t, k)?;
            return Ok(vm.new_tuple(v));
        }
    }
    match subscript_index(vm, &key)? {
        Some(i) => match seq::norm_index(i, t.len()) {
            Some(k) => Ok(t[k].clone()),
            None => Err(vm.index_error("tuple index out of range")),
        },
        None => {
            let tn = vm.type_name(&key);
            Err(vm.type_error(format!("tuple indices must be integers or slices, not {tn}")))
        }
    }
}

fn tuple_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = wrap1(vm, &a, "__contains__")?;
    let t = items(vm, &a.values[0])?.to_vec();
    for item in &t {
        if vm.eq(item, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn tuple_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = onearg(vm, &a, "tuple.count")?;
    let t = items(vm, &a.values[0])?.to_vec();
    let mut n = 0;
    for item in &t {
        if vm.eq(item, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rest = clinic_args(vm, &a, "tuple.index", 1, 3)?;
    let t = items(vm, &a.values[0])?.to_vec();
    let (start, stop) = util::index_bounds(vm, rest, t.len())?;
    let mut i = start;
    while i < stop && i < t.len() {
        if vm.eq(&t[i], &rest[0])? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__iter__", 0)?;
    items(vm, &a.values[0])?;
    let t = vm.types.tuple_iterator.clone();
    Ok(util::new_iter(&t, IterData::Seq { seq: a.values[0].clone(), index: 0 }))
}

fn tuple_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__add__")?;
    if !is_tuple(&other) {
        return Ok(vm.not_implemented());
    }
    let this = a.values[0].clone();
    let tt = vm.types.tuple.clone();
    let mut v = items(vm, &this)?.to_vec();
    let w = items(vm, &other)?;
    if w.is_empty() && util::is_exact(&this, &tt) {
        return Ok(this);
    }
    if v.is_empty() && util::is_exact(&other, &tt) {
        return Ok(other);
    }
    v.extend(w.iter().cloned());
    Ok(vm.new_tuple(v))
}

fn tuple_mul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__mul__")?;
    let Some(n) = repeat_count(vm, &other)? else { return Ok(vm.not_implemented()) };
    let this = a.values[0].clone();
    let tt = vm.types.tuple.clone();
    let t = items(vm, &this)?.to_vec();
    if n == 1 && util::is_exact(&this, &tt) {
        return Ok(this);
    }
    let out = repeat(vm, &t, n)?;
    Ok(vm.new_tuple(out))
}

fn compare(vm: &mut Vm, a: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let other = wrap1(vm, &a, name)?;
    let this = a.values[0].clone();
    if !is_tuple(&this) || !is_tuple(&other) {
        return Ok(vm.not_implemented());
    }
    let (Some(x), Some(y)) = (Items::of(&this), Items::of(&other)) else {
        return Ok(vm.not_implemented());
    };
    util::seq_compare(vm, x, y, op)
}

fn tuple_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__eq__", CmpOp::Eq)
}
fn tuple_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__ne__", CmpOp::Ne)
}
fn tuple_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__lt__", CmpOp::Lt)
}
fn tuple_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__le__", CmpOp::Le)
}
fn tuple_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__gt__", CmpOp::Gt)
}
fn tuple_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__ge__", CmpOp::Ge)
}

fn tuple_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__hash__", 0)?;
    let t = items(vm, &a.values[0])?.to_vec();
    let mut hs = Vec::with_capacity(t.len());
    for x in &t {
        hs.push(vm.hash(x)?);
    }
    Ok(Value::Int(hash::hash_tuple(hs.into_iter())))
}

fn tuple_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__repr__", 0)?;
    let this = a.values[0].clone();
    let t = items(vm, &this)?.to_vec();
    if t.is_empty() {
        return Ok(vm.new_str("()"));
    }
    let Value::Obj(o) = &this else { return Ok(vm.new_str("()")) };
    let s = util::repr_guard(vm, o, "(...)", |vm| {
        if t.len() == 1 {
            Ok(format!("({},)", repr::repr(vm, &t[0])?))
        } else {
            Ok(format!("({})", util::join_reprs(vm, &t)?))
        }
    })?;
    Ok(vm.new_string(s))
}

fn tuple_getnewargs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "tuple.__getnewargs__")?;
    let t = items(vm, &a.values[0])?.to_vec();
    let inner = vm.new_tuple(t);
    Ok(vm.new_tuple(vec![inner]))
}

fn tuple_sizeof(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "tuple.__sizeof__")?;
    let n = items(vm, &a.values[0])?.len();
    Ok(Value::Int(24 + 8 * n as i64))
}

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: tuple_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef { name: "__repr__", func: tuple_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__hash__", func: tuple_hash, flags: 0, sig: "($self, /)", doc: "Return hash(self)." },
    MethodDef { name: "__lt__", func: tuple_lt, flags: 0, sig: "($self, value, /)", doc: "Return self<value." },
    MethodDef { name: "__le__", func: tuple_le, flags: 0, sig: "($self, value, /)", doc: "Return self<=value." },
    MethodDef { name: "__eq__", func: tuple_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: tuple_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__gt__", func: tuple_gt, flags: 0, sig: "($self, value, /)", doc: "Return self>value." },
    MethodDef { name: "__ge__", func: tuple_ge, flags: 0, sig: "($self, value, /)", doc: "Return self>=value." },
    MethodDef { name: "__iter__", func: tuple_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__len__", func: tuple_len, flags: 0, sig: "($self, /)", doc: "Return len(self)." },
    MethodDef { name: "__getitem__", func: tuple_getitem, flags: 0, sig: "($self, key, /)", doc: "Return self[key]." },
    MethodDef { name: "__add__", func: tuple_add, flags: 0, sig: "($self, value, /)", doc: "Return self+value." },
    MethodDef { name: "__mul__", func: tuple_mul, flags: 0, sig: "($self, value, /)", doc: "Return self*value." },
    MethodDef { name: "__rmul__", func: tuple_mul, flags: 0, sig: "($self, value, /)", doc: "Return value*self." },
    MethodDef { name: "__contains__", func: tuple_contains, flags: 0, sig: "($self, key, /)", doc: "Return key in self." },
    MethodDef { name: "__getnewargs__", func: tuple_getnewargs, flags: 0, sig: "($self, /)", doc: "" },
    MethodDef { name: "__sizeof__", func: tuple_sizeof, flags: 0, sig: "($self, /)", doc: "Size of object in memory, in bytes." },
    MethodDef {
        name: "index",
        func: tuple_index,
        flags: 0,
        sig: "($self, value, start=0, stop=sys.maxsize, /)",
        doc: "Return first index of value.\n\nRaises ValueError if the value is not present.",
    },
    MethodDef { name: "count", func: tuple_count, flags: 0, sig: "($self, value, /)", doc: "Return number of occurrences of value." },
    MethodDef { name: "__class_getitem__", func: alias::class_getitem, flags: mflags::CLASS, sig: "", doc: "See PEP 585" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    vm.add_methods(&t, METHODS);
    let doc = vm.new_str("Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.");
    vm.type_set_attr(&t, "__doc__", doc);
    let it = vm.types.tuple_iterator.clone();
    vm.add_methods(&it, ITER_METHODS);
}
