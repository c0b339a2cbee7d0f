//! `dict_keys`, `dict_values` and `dict_items`: live views of a dict with len/iter/reversed/
//! membership, `mapping`, repr like `dict_keys(['a'])`, and for keys/items the set-like
//! comparisons and `& | - ^` operators (returning sets) and `isdisjoint`.

use super::{dict_obj, iter, table};
use crate::types::list::util::{self, noargs, onearg, wrap1, wrap_args};
use crate::types::set;
use rpy_vm::bytecode::CmpOp;
use rpy_vm::objects::native::{Args, GetSetDef, MethodDef};
use rpy_vm::protocol::{dictops, seq};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

pub const KEYS: u8 = 0;
pub const VALUES: u8 = 1;
pub const ITEMS: u8 = 2;

/// The state of a view object: the dict it shows and which part.
pub struct DictView {
    pub dict: Value,
    pub kind: u8,
}

pub fn new_view(vm: &Vm, d: &Value, kind: u8) -> Value {
    let cls = match kind {
        KEYS => vm.types.dict_keys.clone(),
        VALUES => vm.types.dict_values.clone(),
        _ => vm.types.dict_items.clone(),
    };
    Value::Obj(ObjRef::new(cls, Payload::Native(Box::new(DictView { dict: d.clone(), kind }))))
}

/// The view state of `v`, if it is a dict view.
pub fn view_of(v: &Value) -> Option<&DictView> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(b) => b.downcast_ref::<DictView>(),
            _ => None,
        },
        _ => None,
    }
}

/// `PyDictViewSet_Check`: a keys or items view.
pub fn is_set_view(v: &Value) -> bool {
    matches!(view_of(v), Some(d) if d.kind != VALUES)
}

fn this_view<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a DictView> {
    match view_of(v) {
        Some(d) => Ok(d),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a dict view object but received a '{tn}'")))
        }
    }
}

fn view_len_of(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let d = this_view(vm, v)?.dict.clone();
    let o = dict_obj(vm, &d)?;
    let n = table(o).borrow().len();
    Ok(n)
}

fn view_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__len__", 0)?;
    Ok(Value::Int(view_len_of(vm, &a.values[0])? as i64))
}

fn view_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__iter__", 0)?;
    let v = this_view(vm, &a.values[0])?;
    let (d, kind) = (v.dict.clone(), v.kind);
    iter::forward(vm, &d, kind)
}

fn view_reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "__reversed__")?;
    let v = this_view(vm, &a.values[0])?;
    let (d, kind) = (v.dict.clone(), v.kind);
    iter::reverse(vm, &d, kind)
}

/// Membership in a keys or items view.
fn view_contains_value(vm: &mut Vm, view: &Value, x: &Value) -> PyResult<bool> {
    let v = this_view(vm, view)?;
    let (d, kind) = (v.dict.clone(), v.kind);
    let o = dict_obj(vm, &d)?.clone();
    if kind == KEYS {
        return dictops::dict_contains(vm, &o, x);
    }
    let pair = match x {
        Value::Obj(t) => match &t.payload {
            Payload::Tuple(items) if items.len() == 2 => (items[0].clone(), items[1].clone()),
            _ => return Ok(false),
        },
        _ => return Ok(false),
    };
    match dictops::dict_getitem_opt(vm, &o, &pair.0)? {
        Some(found) => Ok(found.is(&pair.1) || vm.eq(&found, &pair.1)?),
        None => Ok(false),
    }
}

fn view_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = wrap1(vm, &a, "__contains__")?;
    Ok(Value::Bool(view_contains_value(vm, &a.values[0], &x)?))
}

fn view_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__repr__", 0)?;
    let this = a.values[0].clone();
    this_view(vm, &this)?;
    let Value::Obj(o) = &this else { return Ok(Value::None) };
    let tn = vm.type_name(&this);
    let s = util::repr_guard(vm, o, "...", |vm| {
        let items = seq::to_vec(vm, &this)?;
        Ok(format!("{tn}([{}])", util::join_reprs(vm, &items)?))
    })?;
    Ok(vm.new_string(s))
}

fn view_mapping(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = this_view(vm, v)?.dict.clone();
    Ok(Value::Obj(ObjRef::new(vm.types.mappingproxy.clone(), Payload::MappingProxy(d))))
}

/// Every item of `a` is in `b` (`all_contained_in`).
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = seq::get_iter(vm, a)?;
    while let Some(x) = seq::next(vm, &it)? {
        if !seq::contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_compare(vm: &mut Vm, a: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let other = wrap1(vm, &a, name)?;
    let this = a.values[0].clone();
    if !set::is_anyset(&other) && !is_set_view(&other) {
        return Ok(vm.not_implemented());
    }
    let ls = seq::len(vm, &this)?;
    let lo = seq::len(vm, &other)?;
    let ok = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let r = ls == lo && all_contained_in(vm, &this, &other)?;
            if op == CmpOp::Ne {
                !r
            } else {
                r
            }
        }
        CmpOp::Lt => ls < lo && all_contained_in(vm, &this, &other)?,
        CmpOp::Le => ls <= lo && all_contained_in(vm, &this, &other)?,
        CmpOp::Gt => ls > lo && all_contained_in(vm, &other, &this)?,
        CmpOp::Ge => ls >= lo && all_contained_in(vm, &other, &this)?,
    };
    Ok(Value::Bool(ok))
}

fn view_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    view_compare(vm, a, "__eq__", CmpOp::Eq)
}
fn view_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    view_compare(vm, a, "__ne__", CmpOp::Ne)
}
fn view_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    view_compare(vm, a, "__lt__", CmpOp::Lt)
}
fn view_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    view_compare(vm, a, "__le__", CmpOp::Le)
}
fn view_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    view_compare(vm, a, "__gt__", CmpOp::Gt)
}
fn view_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    view_compare(vm, a, "__ge__", CmpOp::Ge)
}

/// `dictviews_to_set`: a new set from the view (from the dict itself for keys of an exact
/// dict, which presizes like CPython), or from any iterable on the reflected side.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    if let Some(view) = view_of(v) {
        if view.kind == KEYS {
            let d = view.dict.clone();
            let dt = vm.types.dict.clone();
            if util::is_exact(&d, &dt) {
                return set::new_set(vm, Some(&d));
            }
        }
    }
    set::new_set(vm, Some(v))
}

fn sub_impl(vm: &mut Vm, left: &Value, right: &Value) -> PyResult<Value> {
    let s = to_set(vm, left)?;
    set::difference_update_internal(vm, &s, right)?;
    Ok(Value::Obj(s))
}

fn or_impl(vm: &mut Vm, left: &Value, right: &Value) -> PyResult<Value> {
    let s = to_set(vm, left)?;
    set::update_internal(vm, &s, right)?;
    Ok(Value::Obj(s))
}

fn xor_impl(vm: &mut Vm, left: &Value, right: &Value) -> PyResult<Value> {
    if let (Some(l), Some(r)) = (view_of(left), view_of(right)) {
        if l.kind == ITEMS && r.kind == ITEMS {
            let (d1, d2) = (l.dict.clone(), r.dict.clone());
            return items_xor(vm, &d1, &d2);
        }
    }
    let s = to_set(vm, left)?;
    set::symmetric_difference_update(vm, &s, right)?;
    Ok(Value::Obj(s))
}

/// `dictitems_xor`: pairs in exactly one of the two dicts.
fn items_xor(vm: &mut Vm, d1: &Value, d2: &Value) -> PyResult<Value> {
    let o1 = dict_obj(vm, d1)?.clone();
    let o2 = dict_obj(vm, d2)?.clone();
    let temp = super::copy_of(vm, &o1)?;
    let result = set::new_set(vm, None)?;
    let entries: Vec<(i64, Value, Value)> = table(&o2).borrow().iter().map(|e| (e.hash, e.key.clone(), e.value.clone())).collect();
    for (h, key, val2) in entries {
        let to_delete = match super::get_known_hash(vm, &temp, &key, h)? {
            None => false,
            Some(val1) => val1.is(&val2) || vm.eq(&val1, &val2)?,
        };
        if to_delete {
            if let Ok(i) = dictops::lookup(vm, &temp, &key, h)? {
                let old = table(&temp).borrow_mut().remove_entry(i);
                drop(old);
            }
        } else {
            let pair = vm.new_tuple(vec![key, val2]);
            set::add_key(vm, &result, pair)?;
        }
    }
    let remaining = new_view(vm, &Value::Obj(temp), ITEMS);
    set::update_internal(vm, &result, &remaining)?;
    Ok(Value::Obj(result))
}

/// `_PyDictView_Intersect`.
fn and_impl(vm: &mut Vm, left: &Value, right: &Value) -> PyResult<Value> {
    let (mut this, mut other) = (left.clone(), right.clone());
    if !is_set_view(&this) {
        std::mem::swap(&mut this, &mut other);
    }
    let len_self = view_len_of(vm, &this)?;
    let st = vm.types.set.clone();
    if util::is_exact(&other, &st) && len_self <= seq::len(vm, &other)? {
        return set::intersection(vm, &other, &this);
    }
    if is_set_view(&other) {
        let len_other = view_len_of(vm, &other)?;
        if len_other > len_self {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let result = set::new_set(vm, None)?;
    let it = seq::get_iter(vm, &other)?;
    while let Some(x) = seq::next(vm, &it)? {
        if view_contains_value(vm, &this, &x)? {
            set::add_key(vm, &result, x)?;
        }
    }
    Ok(Value::Obj(result))
}

fn view_sub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__sub__")?;
    sub_impl(vm, &a.values[0], &other)
}
fn view_rsub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__rsub__")?;
    sub_impl(vm, &other, &a.values[0])
}
fn view_and(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__and__")?;
    and_impl(vm, &a.values[0], &other)
}
fn view_rand(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__rand__")?;
    and_impl(vm, &other, &a.values[0])
}
fn view_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__or__")?;
    or_impl(vm, &a.values[0], &other)
}
fn view_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__ror__")?;
    or_impl(vm, &other, &a.values[0])
}
fn view_xor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__xor__")?;
    xor_impl(vm, &a.values[0], &other)
}
fn view_rxor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__rxor__")?;
    xor_impl(vm, &other, &a.values[0])
}

fn view_isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = onearg(vm, &a, "isdisjoint")?;
    let mut this = a.values[0].clone();
    let mut other = other;
    if this.is(&other) {
        return Ok(Value::Bool(view_len_of(vm, &this)? == 0));
    }
    if set::is_anyset(&other) || is_set_view(&other) {
        let ls = view_len_of(vm, &this)?;
        let lo = seq::len(vm, &other)?;
        if lo > ls {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let it = seq::get_iter(vm, &other)?;
    while let Some(x) = seq::next(vm, &it)? {
        if seq::contains(vm, &this, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

static SET_VIEW_METHODS: &[MethodDef] = &[
    MethodDef { name: "__repr__", func: view_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__lt__", func: view_lt, flags: 0, sig: "($self, value, /)", doc: "Return self<value." },
    MethodDef { name: "__le__", func: view_le, flags: 0, sig: "($self, value, /)", doc: "Return self<=value." },
    MethodDef { name: "__eq__", func: view_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: view_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__gt__", func: view_gt, flags: 0, sig: "($self, value, /)", doc: "Return self>value." },
    MethodDef { name: "__ge__", func: view_ge, flags: 0, sig: "($self, value, /)", doc: "Return self>=value." },
    MethodDef { name: "__iter__", func: view_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__sub__", func: view_sub, flags: 0, sig: "($self, value, /)", doc: "Return self-value." },
    MethodDef { name: "__rsub__", func: view_rsub, flags: 0, sig: "($self, value, /)", doc: "Return value-self." },
    MethodDef { name: "__and__", func: view_and, flags: 0, sig: "($self, value, /)", doc: "Return self&value." },
    MethodDef { name: "__rand__", func: view_rand, flags: 0, sig: "($self, value, /)", doc: "Return value&self." },
    MethodDef { name: "__xor__", func: view_xor, flags: 0, sig: "($self, value, /)", doc: "Return self^value." },
    MethodDef { name: "__rxor__", func: view_rxor, flags: 0, sig: "($self, value, /)", doc: "Return value^self." },
    MethodDef { name: "__or__", func: view_or, flags: 0, sig: "($self, value, /)", doc: "Return self|value." },
    MethodDef { name: "__ror__", func: view_ror, flags: 0, sig: "($self, value, /)", doc: "Return value|self." },
    MethodDef { name: "__len__", func: view_len, flags: 0, sig: "($self, /)", doc: "Return len(self)." },
    MethodDef { name: "__contains__", func: view_contains, flags: 0, sig: "($self, key, /)", doc: "Return key in self." },
    MethodDef { name: "isdisjoint", func: view_isdisjoint, flags: 0, sig: "", doc: "Return True if the view and the given iterable have a null intersection." },
];

static KEYS_REVERSED: &[MethodDef] =
    &[MethodDef { name: "__reversed__", func: view_reversed, flags: 0, sig: "", doc: "Return a reverse iterator over the dict keys." }];
static ITEMS_REVERSED: &[MethodDef] =
    &[MethodDef { name: "__reversed__", func: view_reversed, flags: 0, sig: "", doc: "Return a reverse iterator over the dict items." }];

static VALUES_METHODS: &[MethodDef] = &[
    MethodDef { name: "__repr__", func: view_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__iter__", func: view_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__len__", func: view_len, flags: 0, sig: "($self, /)", doc: "Return len(self)." },
    MethodDef { name: "__reversed__", func: view_reversed, flags: 0, sig: "", doc: "Return a reverse iterator over the dict values." },
];

static GETSETS: &[GetSetDef] = &[GetSetDef { name: "mapping", get: view_mapping, set: None, doc: "dictionary that this view refers to" }];

pub fn init(vm: &mut Vm) {
    let (k, v, i) = (vm.types.dict_keys.clone(), vm.types.dict_values.clone(), vm.types.dict_items.clone());
    vm.add_methods(&k, SET_VIEW_METHODS);
    vm.add_methods(&k, KEYS_REVERSED);
    vm.add_methods(&i, SET_VIEW_METHODS);
    vm.add_methods(&i, ITEMS_REVERSED);
    vm.add_methods(&v, VALUES_METHODS);
    for t in [&k, &v, &i] {
        vm.add_getsets(t, GETSETS);
        vm.type_set_attr(t, "__doc__", Value::None);
    }
    vm.type_set_attr(&k, "__hash__", Value::None);
    vm.type_set_attr(&i, "__hash__", Value::None);
}
