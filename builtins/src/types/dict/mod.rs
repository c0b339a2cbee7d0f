//! The builtin `dict` type: construction and `update` from mappings, iterables of pairs and
//! keywords; lookups with `__missing__` for subclasses; get/setdefault/pop/popitem/fromkeys;
//! equality; the 3.9 `|` merge operators; repr for subclasses. Views are in `views.rs`,
//! iterators in `iter.rs`.

pub mod iter;
pub mod views;

use crate::types::list::util::{self, clinic_args, noargs, onearg, wrap1, wrap_args};
use crate::types::list::{alias, seq_fast};
use crate::types::object;
use rpy_vm::objects::dict::DictData;
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::protocol::{attr, dictops, repr, seq};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;

/// The dict object of a receiver.
pub fn dict_obj<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a ObjRef> {
    if let Value::Obj(o) = v {
        if let Payload::Dict(_) = &o.payload {
            return Ok(o);
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'dict' object but received a '{tn}'")))
}

/// The table of a dict object.
pub fn table(o: &ObjRef) -> &RefCell<DictData> {
    match &o.payload {
        Payload::Dict(d) => d,
        _ => unreachable!("not a dict"),
    }
}

pub fn is_dict(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Dict(_)))
}

/// Inserts or replaces `key` whose hash is already known.
pub fn setitem_known_hash(vm: &mut Vm, d: &ObjRef, key: Value, value: Value, hash: i64) -> PyResult<()> {
    match dictops::lookup(vm, d, &key, hash)? {
        Ok(i) => {
            let old = {
                let mut b = table(d).borrow_mut();
                b.version += 1;
                b.entry_mut(i).map(|e| std::mem::replace(&mut e.value, value))
            };
            drop(old);
        }
        Err(slot) => table(d).borrow_mut().insert_new(hash, key, value, slot),
    }
    Ok(())
}

/// Looks `key` up with a known hash (no `__missing__`).
pub fn get_known_hash(vm: &mut Vm, d: &ObjRef, key: &Value, hash: i64) -> PyResult<Option<Value>> {
    Ok(match dictops::lookup(vm, d, key, hash)? {
        Ok(i) => table(d).borrow().entry(i).map(|e| e.value.clone()),
        Err(_) => None,
    })
}

/// A dict whose iteration is the native one (exact dicts and subclasses not overriding
/// `__iter__`), so merging may read its table directly.
fn native_iter_dict(vm: &Vm, v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    if !matches!(o.payload, Payload::Dict(_)) {
        return false;
    }
    let cls = o.class();
    cls.is(&vm.types.dict) || util::inherits_native(&cls, "__iter__", &vm.types.dict)
}

/// `PyDict_Merge(d, other, override=1)`.
pub fn merge(vm: &mut Vm, d: &ObjRef, other: &Value) -> PyResult<()> {
    if native_iter_dict(vm, other) {
        let Value::Obj(oo) = other else { return Ok(()) };
        if oo.is(d) {
            return Ok(());
        }
        let entries: Vec<(i64, Value, Value)> = table(oo).borrow().iter().map(|e| (e.hash, e.key.clone(), e.value.clone())).collect();
        for (h, k, v) in entries {
            setitem_known_hash(vm, d, k, v, h)?;
        }
        return Ok(());
    }
    let keys = vm.call_method(other, "keys", &[])?;
    let it = seq::get_iter(vm, &keys)?;
    while let Some(k) = seq::next(vm, &it)? {
        let v = seq::getitem(vm, other, &k)?;
        dictops::dict_setitem(vm, d, k, v)?;
    }
    Ok(())
}

/// `PyDict_MergeFromSeq2(d, seq, override=1)`.
fn merge_from_seq2(vm: &mut Vm, d: &ObjRef, seq2: &Value) -> PyResult<()> {
    let it = seq::get_iter(vm, seq2)?;
    let mut i = 0usize;
    while let Some(item) = seq::next(vm, &it)? {
        let pair = seq_fast(vm, &item, &format!("cannot convert dictionary update sequence element #{i} to a sequence"))?;
        if pair.len() != 2 {
            return Err(vm.value_error(format!("dictionary update sequence element #{i} has length {}; 2 is required", pair.len())));
        }
        let mut p = pair.into_iter();
        let (k, v) = (p.next().unwrap_or(Value::None), p.next().unwrap_or(Value::None));
        dictops::dict_setitem(vm, d, k, v)?;
        i += 1;
    }
    Ok(())
}

/// `dict_update_arg`: a dict, anything with `keys`, or an iterable of pairs.
pub fn update_arg(vm: &mut Vm, d: &ObjRef, arg: &Value) -> PyResult<()> {
    let dt = vm.types.dict.clone();
    if util::is_exact(arg, &dt) {
        return merge(vm, d, arg);
    }
    if attr::getattr_str_opt(vm, arg, "keys")?.is_some() {
        return merge(vm, d, arg);
    }
    merge_from_seq2(vm, d, arg)
}

/// `dict_update_common`: `(self, [arg], **kwargs)` for `__init__` and `update`.
fn update_common(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    let d = dict_obj(vm, &a.values[0])?.clone();
    let pos = &a.pos()[1..];
    if pos.len() > 1 {
        return Err(vm.type_error(format!("{name} expected at most 1 argument, got {}", pos.len())));
    }
    if let Some(arg) = pos.first() {
        update_arg(vm, &d, arg)?;
    }
    // PyArg_ValidateKeywordArguments: `dict(**{1: 2})` reaches here with a non-str key
    if a.kwargs().any(|(k, _)| !matches!(k, Value::Obj(o) if matches!(o.payload, Payload::Str(_)))) {
        return Err(vm.type_error("keywords must be strings"));
    }
    for (k, v) in a.kwargs() {
        dictops::dict_setitem(vm, &d, k.clone(), v.clone())?;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let base = vm.types.dict.clone();
    let cls = object::new_cls(vm, &a, &base, "dict")?;
    Ok(Value::Obj(object::alloc(vm, &cls, Payload::Dict(RefCell::new(DictData::new())))))
}

fn dict_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    update_common(vm, &a, "dict")?;
    Ok(Value::None)
}

fn dict_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    update_common(vm, &a, "update")?;
    Ok(Value::None)
}

fn dict_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let key = onearg(vm, &a, "dict.__getitem__")?;
    let this = a.values[0].clone();
    let d = dict_obj(vm, &this)?.clone();
    if let Some(v) = dictops::dict_getitem_opt(vm, &d, &key)? {
        return Ok(v);
    }
    let dt = vm.types.dict.clone();
    if !util::is_exact(&this, &dt) {
        if let Some(missing) = attr::lookup_special(vm, &this, "__missing__") {
            return vm.call(&missing, &[this.clone(), key]);
        }
    }
    Err(vm.key_error(key))
}

fn dict_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error("wrapper __setitem__() takes no keyword arguments"));
    }
    let rest = &a.pos()[1..];
    if rest.len() != 2 {
        return Err(vm.type_error(format!(" expected 2 arguments, got {}", rest.len())));
    }
    let d = dict_obj(vm, &a.values[0])?.clone();
    dictops::dict_setitem(vm, &d, rest[0].clone(), rest[1].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let key = wrap1(vm, &a, "__delitem__")?;
    let d = dict_obj(vm, &a.values[0])?.clone();
    if dictops::dict_delitem_opt(vm, &d, &key)? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(key))
    }
}

fn dict_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__len__", 0)?;
    let d = dict_obj(vm, &a.values[0])?;
    Ok(Value::Int(table(d).borrow().len() as i64))
}

fn dict_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let key = onearg(vm, &a, "dict.__contains__")?;
    let d = dict_obj(vm, &a.values[0])?.clone();
    Ok(Value::Bool(dictops::dict_contains(vm, &d, &key)?))
}

fn dict_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__iter__", 0)?;
    let this = a.values[0].clone();
    iter::forward(vm, &this, 0)
}

fn dict_reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "dict.__reversed__")?;
    let this = a.values[0].clone();
    iter::reverse(vm, &this, 0)
}

fn dict_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rest = clinic_args(vm, &a, "dict.get", 1, 2)?;
    let d = dict_obj(vm, &a.values[0])?.clone();
    match dictops::dict_getitem_opt(vm, &d, &rest[0])? {
        Some(v) => Ok(v),
        None => Ok(rest.get(1).cloned().unwrap_or(Value::None)),
    }
}

fn dict_setdefault(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rest = clinic_args(vm, &a, "dict.setdefault", 1, 2)?;
    let d = dict_obj(vm, &a.values[0])?.clone();
    let key = rest[0].clone();
    let dflt = rest.get(1).cloned().unwrap_or(Value::None);
    let h = vm.hash(&key)?;
    match dictops::lookup(vm, &d, &key, h)? {
        Ok(i) => Ok(table(&d).borrow().entry(i).map(|e| e.value.clone()).unwrap_or(Value::None)),
        Err(slot) => {
            table(&d).borrow_mut().insert_new(h, key, dflt.clone(), slot);
            Ok(dflt)
        }
    }
}

fn dict_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rest = clinic_args(vm, &a, "dict.pop", 1, 2)?;
    let d = dict_obj(vm, &a.values[0])?.clone();
    let key = rest[0].clone();
    if table(&d).borrow().len() == 0 {
        return match rest.get(1) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.key_error(key)),
        };
    }
    match dictops::dict_pop(vm, &d, &key)? {
        Some(v) => Ok(v),
        None => match rest.get(1) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.key_error(key)),
        },
    }
}

fn dict_popitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "dict.popitem")?;
    let d = dict_obj(vm, &a.values[0])?.clone();
    let e = {
        let mut b = table(&d).borrow_mut();
        match b.last_index() {
            Some(i) => b.remove_entry(i),
            None => None,
        }
    };
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => {
            let m = vm.new_str("popitem(): dictionary is empty");
            Err(vm.key_error(m))
        }
    }
}

fn dict_keys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "dict.keys")?;
    dict_obj(vm, &a.values[0])?;
    Ok(views::new_view(vm, &a.values[0], views::KEYS))
}

fn dict_values(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "dict.values")?;
    dict_obj(vm, &a.values[0])?;
    Ok(views::new_view(vm, &a.values[0], views::VALUES))
}

fn dict_items(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "dict.items")?;
    dict_obj(vm, &a.values[0])?;
    Ok(views::new_view(vm, &a.values[0], views::ITEMS))
}

fn dict_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "dict.clear")?;
    let d = dict_obj(vm, &a.values[0])?.clone();
    let old = table(&d).borrow_mut().clear();
    drop(old);
    Ok(Value::None)
}

/// `PyDict_Copy`: always an exact dict.
pub fn copy_of(vm: &mut Vm, d: &ObjRef) -> PyResult<ObjRef> {
    let new = vm.new_dict_obj();
    let entries: Vec<(i64, Value, Value)> = table(d).borrow().iter().map(|e| (e.hash, e.key.clone(), e.value.clone())).collect();
    {
        let mut b = table(&new).borrow_mut();
        *b = DictData::with_capacity(entries.len());
        for (h, k, v) in entries {
            b.insert_new(h, k, v, usize::MAX);
        }
    }
    Ok(new)
}

fn dict_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "dict.copy")?;
    let d = dict_obj(vm, &a.values[0])?.clone();
    Ok(Value::Obj(copy_of(vm, &d)?))
}

fn dict_fromkeys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rest = clinic_args(vm, &a, "dict.fromkeys", 1, 2)?;
    let cls = a.values[0].clone();
    let iterable = rest[0].clone();
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let d = vm.call(&cls, &[])?;
    let dt = vm.types.dict.clone();
    if util::is_exact(&d, &dt) {
        let dobj = dict_obj(vm, &d)?.clone();
        if util::is_exact(&iterable, &dt) {
            let Value::Obj(src) = &iterable else { return Ok(d) };
            let keys: Vec<(i64, Value)> = table(src).borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
            for (h, k) in keys {
                setitem_known_hash(vm, &dobj, k, value.clone(), h)?;
            }
            return Ok(d);
        }
        if let Value::Obj(so) = &iterable {
            if let Payload::Set(s) | Payload::FrozenSet(s) = &so.payload {
                if so.with_class(|c| c.is(&vm.types.set) || c.is(&vm.types.frozenset)) {
                    let keys: Vec<(i64, Value)> = s.borrow().iter().map(|(h, k)| (h, k.clone())).collect();
                    for (h, k) in keys {
                        setitem_known_hash(vm, &dobj, k, value.clone(), h)?;
                    }
                    return Ok(d);
                }
            }
        }
        let it = seq::get_iter(vm, &iterable)?;
        while let Some(k) = seq::next(vm, &it)? {
            dictops::dict_setitem(vm, &dobj, k, value.clone())?;
        }
        return Ok(d);
    }
    let it = seq::get_iter(vm, &iterable)?;
    while let Some(k) = seq::next(vm, &it)? {
        seq::setitem(vm, &d, k, value.clone())?;
    }
    Ok(d)
}

/// `dict_equal`: same length and every key maps to an equal value.
pub fn dicts_equal(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    if table(a).borrow().len() != table(b).borrow().len() {
        return Ok(false);
    }
    let entries: Vec<(i64, Value, Value)> = table(a).borrow().iter().map(|e| (e.hash, e.key.clone(), e.value.clone())).collect();
    for (h, k, av) in entries {
        match get_known_hash(vm, b, &k, h)? {
            None => return Ok(false),
            Some(bv) => {
                if !av.is(&bv) && !vm.eq(&av, &bv)? {
                    return Ok(false);
                }
            }
        }
    }
    Ok(true)
}

fn richcompare(vm: &mut Vm, a: Args, name: &str, eq: Option<bool>) -> PyResult<Value> {
    let other = wrap1(vm, &a, name)?;
    let this = a.values[0].clone();
    let (Some(want), true, true) = (eq, is_dict(&this), is_dict(&other)) else {
        return Ok(vm.not_implemented());
    };
    let (Value::Obj(x), Value::Obj(y)) = (&this, &other) else { return Ok(vm.not_implemented()) };
    let r = dicts_equal(vm, x, y)?;
    Ok(Value::Bool(r == want))
}

fn dict_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__eq__", Some(true))
}
fn dict_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__ne__", Some(false))
}
fn dict_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__lt__", None)
}
fn dict_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__le__", None)
}
fn dict_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__gt__", None)
}
fn dict_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__ge__", None)
}

/// `dict_or(left, right)`: a copy of `left` updated from `right`.
fn or_impl(vm: &mut Vm, left: &Value, right: &Value) -> PyResult<Value> {
    if !is_dict(left) || !is_dict(right) {
        return Ok(vm.not_implemented());
    }
    let Value::Obj(l) = left else { return Ok(vm.not_implemented()) };
    let new = copy_of(vm, l)?;
    update_arg(vm, &new, right)?;
    Ok(Value::Obj(new))
}

fn dict_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__or__")?;
    or_impl(vm, &a.values[0], &other)
}

fn dict_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__ror__")?;
    or_impl(vm, &other, &a.values[0])
}

fn dict_ior(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = wrap1(vm, &a, "__ior__")?;
    let d = dict_obj(vm, &a.values[0])?.clone();
    update_arg(vm, &d, &other)?;
    Ok(a.values[0].clone())
}

fn dict_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap_args(vm, &a, "__repr__", 0)?;
    let d = dict_obj(vm, &a.values[0])?.clone();
    let items = table(&d).borrow().items();
    if items.is_empty() {
        return Ok(vm.new_str("{}"));
    }
    let s = util::repr_guard(vm, &d, "{...}", |vm| {
        let mut out = String::from("{");
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&repr::repr(vm, k)?);
            out.push_str(": ");
            out.push_str(&repr::repr(vm, v)?);
        }
        out.push('}');
        Ok(out)
    })?;
    Ok(vm.new_string(s))
}

fn dict_sizeof(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "dict.__sizeof__")?;
    let d = dict_obj(vm, &a.values[0])?;
    let n = table(d).borrow().len();
    if n == 0 {
        return Ok(Value::Int(48));
    }
    // the smallest CPython table holding n entries: usable = 2/3 of the index size
    let mut size = 8usize;
    while size * 2 / 3 < n {
        size <<= 1;
    }
    let usable = size * 2 / 3;
    let index_bytes = if size <= 0xff {
        1
    } else if size <= 0xffff {
        2
    } else if size <= 0xffff_ffff {
        4
    } else {
        8
    };
    Ok(Value::Int((48 + 32 + size * index_bytes + usable * 24) as i64))
}

static METHODS: &[MethodDef] = &[
    MethodDef { name: "__new__", func: dict_new, flags: mflags::STATIC, sig: "($type, *args, **kwargs)", doc: "Create and return a new object.  See help(type) for accurate signature." },
    MethodDef { name: "__init__", func: dict_init, flags: 0, sig: "($self, /, *args, **kwargs)", doc: "Initialize self.  See help(type(self)) for accurate signature." },
    MethodDef { name: "__repr__", func: dict_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__lt__", func: dict_lt, flags: 0, sig: "($self, value, /)", doc: "Return self<value." },
    MethodDef { name: "__le__", func: dict_le, flags: 0, sig: "($self, value, /)", doc: "Return self<=value." },
    MethodDef { name: "__eq__", func: dict_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: dict_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__gt__", func: dict_gt, flags: 0, sig: "($self, value, /)", doc: "Return self>value." },
    MethodDef { name: "__ge__", func: dict_ge, flags: 0, sig: "($self, value, /)", doc: "Return self>=value." },
    MethodDef { name: "__iter__", func: dict_iter, flags: 0, sig: "($self, /)", doc: "Implement iter(self)." },
    MethodDef { name: "__or__", func: dict_or, flags: 0, sig: "($self, value, /)", doc: "Return self|value." },
    MethodDef { name: "__ror__", func: dict_ror, flags: 0, sig: "($self, value, /)", doc: "Return value|self." },
    MethodDef { name: "__ior__", func: dict_ior, flags: 0, sig: "($self, value, /)", doc: "Return self|=value." },
    MethodDef { name: "__len__", func: dict_len, flags: 0, sig: "($self, /)", doc: "Return len(self)." },
    MethodDef { name: "__getitem__", func: dict_getitem, flags: 0, sig: "", doc: "x.__getitem__(y) <==> x[y]" },
    MethodDef { name: "__setitem__", func: dict_setitem, flags: 0, sig: "($self, key, value, /)", doc: "Set self[key] to value." },
    MethodDef { name: "__delitem__", func: dict_delitem, flags: 0, sig: "($self, key, /)", doc: "Delete self[key]." },
    MethodDef { name: "__contains__", func: dict_contains, flags: 0, sig: "($self, key, /)", doc: "True if the dictionary has the specified key, else False." },
    MethodDef { name: "__sizeof__", func: dict_sizeof, flags: 0, sig: "", doc: "D.__sizeof__() -> size of D in memory, in bytes" },
    MethodDef { name: "get", func: dict_get, flags: 0, sig: "($self, key, default=None, /)", doc: "Return the value for key if key is in the dictionary, else default." },
    MethodDef { name: "setdefault", func: dict_setdefault, flags: 0, sig: "($self, key, default=None, /)", doc: "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default." },
    MethodDef { name: "pop", func: dict_pop, flags: 0, sig: "($self, key, default=<unrepresentable>, /)", doc: "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError." },
    MethodDef { name: "popitem", func: dict_popitem, flags: 0, sig: "($self, /)", doc: "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty." },
    MethodDef { name: "keys", func: dict_keys, flags: 0, sig: "", doc: "D.keys() -> a set-like object providing a view on D's keys" },
    MethodDef { name: "items", func: dict_items, flags: 0, sig: "", doc: "D.items() -> a set-like object providing a view on D's items" },
    MethodDef { name: "values", func: dict_values, flags: 0, sig: "", doc: "D.values() -> an object providing a view on D's values" },
    MethodDef {
        name: "update",
        func: dict_update,
        flags: 0,
        sig: "",
        doc: "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]",
    },
    MethodDef { name: "fromkeys", func: dict_fromkeys, flags: mflags::CLASS, sig: "($type, iterable, value=None, /)", doc: "Create a new dictionary with keys from iterable and values set to value." },
    MethodDef { name: "clear", func: dict_clear, flags: 0, sig: "", doc: "D.clear() -> None.  Remove all items from D." },
    MethodDef { name: "copy", func: dict_copy, flags: 0, sig: "", doc: "D.copy() -> a shallow copy of D" },
    MethodDef { name: "__reversed__", func: dict_reversed, flags: 0, sig: "($self, /)", doc: "Return a reverse iterator over the dict keys." },
    MethodDef { name: "__class_getitem__", func: alias::class_getitem, flags: mflags::CLASS, sig: "", doc: "See PEP 585" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    vm.add_methods(&t, METHODS);
    vm.type_set_attr(&t, "__hash__", Value::None);
    let doc = vm.new_str("dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)");
    vm.type_set_attr(&t, "__doc__", doc);
    views::init(vm);
    iter::init(vm);
}
