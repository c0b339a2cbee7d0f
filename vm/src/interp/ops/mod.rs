//! Out-of-line instruction handlers: name resolution, container building, unpacking,
//! function creation, calls that need the caller's frame, and the exception machinery.

mod calls;
mod exceptions;
mod matching;

pub use calls::*;
pub use exceptions::*;
pub use matching::*;

use super::Frame;
use crate::bytecode::{CodeObject, Op};
use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, Payload};
use crate::objects::function::FunctionData;
use crate::protocol::{attr, dictops, seq, setops};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

#[inline(always)]
pub fn null(vm: &Vm) -> Value {
    Value::Obj(vm.null.clone())
}

#[inline(always)]
pub fn is_null(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.is(&vm.null))
}

pub fn unbound_local(vm: &mut Vm, code: &CodeObject, idx: u32) -> PyErr {
    let name = vm.str_of(&code.varnames[idx as usize]);
    let t = vm.types.unbound_local_error.clone();
    vm.new_error(&t, format!("cannot access local variable '{name}' where it is not associated with a value"))
}

pub fn unbound_deref(vm: &mut Vm, code: &CodeObject, idx: u32) -> PyErr {
    let idx = idx as usize;
    if idx < code.cellvars.len() {
        let name = vm.str_of(&code.cellvars[idx]);
        let t = vm.types.unbound_local_error.clone();
        vm.new_error(&t, format!("cannot access local variable '{name}' where it is not associated with a value"))
    } else {
        let name = vm.str_of(&code.freevars[idx - code.cellvars.len()]);
        let t = vm.types.name_error.clone();
        vm.new_error(&t, format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
    }
}

fn mapping_get(vm: &mut Vm, m: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = m {
        if let Payload::Dict(d) = &o.payload {
            if o.class().is(&vm.types.dict) {
                let (n, h) = attr::name_parts(name);
                return Ok(d.borrow().get_str(n, h).cloned());
            }
        }
    }
    match seq::getitem(vm, m, &Value::Obj(name.clone())) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            let ke = vm.types.key_error.clone();
            if vm.is_instance_of(&Value::Obj(e.0.clone()), &ke) {
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

#[inline]
fn dict_get_name(d: &ObjRef, name: &ObjRef) -> Option<Value> {
    if let Payload::Dict(dd) = &d.payload {
        let (n, h) = attr::name_parts(name);
        return dd.borrow().get_str(n, h).cloned();
    }
    None
}

pub fn load_name(vm: &mut Vm, f: &Frame, name: &ObjRef) -> PyResult<Value> {
    if let Some(m) = &f.locals_map {
        if let Some(v) = mapping_get(vm, m, name)? {
            return Ok(v);
        }
    }
    if let Some(v) = dict_get_name(&f.globals, name) {
        return Ok(v);
    }
    if let Some(v) = dict_get_name(&f.builtins, name) {
        return Ok(v);
    }
    let n = vm.str_of(name);
    Err(vm.name_error(&n))
}

pub fn load_global(vm: &mut Vm, f: &Frame, name: &ObjRef) -> PyResult<Value> {
    if let Some(v) = dict_get_name(&f.globals, name) {
        return Ok(v);
    }
    if let Some(v) = dict_get_name(&f.builtins, name) {
        return Ok(v);
    }
    let n = vm.str_of(name);
    Err(vm.name_error(&n))
}

pub fn load_builtin(vm: &mut Vm, f: &Frame, name: &str) -> PyResult<Value> {
    let n = vm.intern(name);
    match dict_get_name(&f.builtins, &n) {
        Some(v) => Ok(v),
        None => {
            let t = vm.types.name_error.clone();
            Err(vm.new_error(&t, format!("{name} not found")))
        }
    }
}

pub fn store_name(vm: &mut Vm, f: &Frame, name: &ObjRef, v: Value) -> PyResult<()> {
    match &f.locals_map {
        Some(Value::Obj(m)) => {
            if matches!(m.payload, Payload::Dict(_)) {
                dictops::dict_setitem(vm, m, Value::Obj(name.clone()), v)
            } else {
                seq::setitem(vm, &Value::Obj(m.clone()), Value::Obj(name.clone()), v)
            }
        }
        _ => dictops::dict_setitem(vm, &f.globals, Value::Obj(name.clone()), v),
    }
}

pub fn delete_name(vm: &mut Vm, f: &Frame, name: &ObjRef) -> PyResult<()> {
    let target = match &f.locals_map {
        Some(Value::Obj(m)) => m.clone(),
        _ => f.globals.clone(),
    };
    let ok = if matches!(target.payload, Payload::Dict(_)) {
        dictops::dict_delitem_opt(vm, &target, &Value::Obj(name.clone()))?
    } else {
        seq::delitem(vm, &Value::Obj(target.clone()), Value::Obj(name.clone())).is_ok()
    };
    if !ok {
        let n = vm.str_of(name);
        return Err(vm.name_error(&n));
    }
    Ok(())
}

pub fn load_classderef(vm: &mut Vm, f: &Frame, code: &CodeObject, idx: u32) -> PyResult<Value> {
    let i = idx as usize;
    let name = if i < code.cellvars.len() { code.cellvars[i].clone() } else { code.freevars[i - code.cellvars.len()].clone() };
    if let Some(m) = &f.locals_map {
        if let Some(v) = mapping_get(vm, m, &name)? {
            return Ok(v);
        }
    }
    let v = match &f.cells[i].payload {
        Payload::Cell(c) => c.borrow().clone(),
        _ => None,
    };
    match v {
        Some(v) => Ok(v),
        None => Err(unbound_deref(vm, code, idx)),
    }
}

/// LIST_APPEND / SET_ADD / MAP_ADD / LIST_EXTEND / SET_UPDATE / DICT_UPDATE / DICT_MERGE.
pub fn container_add(vm: &mut Vm, f: &mut Frame, op: Op, arg: u32) -> PyResult<()> {
    if op == Op::MapAdd {
        let v = f.stack.pop().unwrap_or(Value::None);
        let k = f.stack.pop().unwrap_or(Value::None);
        let d = f.stack[f.stack.len() - arg as usize].clone();
        if let Value::Obj(d) = d {
            dictops::dict_setitem(vm, &d, k, v)?;
        }
        return Ok(());
    }
    let item = f.stack.pop().unwrap_or(Value::None);
    let target = f.stack[f.stack.len() - arg as usize].clone();
    let Value::Obj(t) = target else { return Ok(()) };
    match op {
        Op::ListAppend => {
            if let Payload::List(l) = &t.payload {
                l.borrow_mut().push(item);
            }
        }
        Op::SetAdd => setops::set_add(vm, &t, item)?,
        Op::ListExtend => {
            let items = match seq::to_vec(vm, &item) {
                Ok(v) => v,
                Err(e) => {
                    if vm.is_instance_of(&Value::Obj(e.0.clone()), &vm.types.type_error.clone()) && !seq::is_iterable(vm, &item) {
                        let tn = vm.type_name(&item);
                        return Err(vm.type_error(format!("Value after * must be an iterable, not {tn}")));
                    }
                    return Err(e);
                }
            };
            if let Payload::List(l) = &t.payload {
                l.borrow_mut().extend(items);
            }
        }
        Op::SetUpdate => {
            if let Value::Obj(src) = &item {
                if let (Payload::Set(dst), Payload::Set(sd) | Payload::FrozenSet(sd)) = (&t.payload, &src.payload) {
                    if !src.is(&t) {
                        let done = {
                            let other = sd.borrow();
                            dst.borrow_mut().merge_from(&other)
                        };
                        if done {
                            return Ok(());
                        }
                    }
                }
            }
            let items = seq::to_vec(vm, &item)?;
            for i in items {
                setops::set_add(vm, &t, i)?;
            }
        }
        Op::DictUpdate => {
            if let Err(e) = dictops::dict_update(vm, &t, &item) {
                if vm.is_instance_of(&Value::Obj(e.0.clone()), &vm.types.attribute_error.clone()) || !dictops::is_mapping_like(vm, &item) {
                    let tn = vm.type_name(&item);
                    return Err(vm.type_error(format!("'{tn}' object is not a mapping")));
                }
                return Err(e);
            }
        }
        Op::DictMerge => {
            let func = f.stack.get(f.stack.len().wrapping_sub(arg as usize + 2)).cloned().unwrap_or(Value::None);
            dict_merge(vm, &t, &item, &func)?;
        }
        _ => {}
    }
    Ok(())
}

/// `**mapping` in a call: keys must be strings and unique.
pub fn dict_merge(vm: &mut Vm, target: &ObjRef, src: &Value, func: &Value) -> PyResult<()> {
    let fname = calls::callable_description(vm, func);
    if !dictops::is_mapping_like(vm, src) {
        let tn = vm.type_name(src);
        return Err(vm.type_error(format!("{fname} argument after ** must be a mapping, not {tn}")));
    }
    let items = dictops::mapping_items(vm, src)?;
    for (k, v) in items {
        if dictops::dict_contains(vm, target, &k)? {
            let ks = match &k {
                Value::Obj(o) => vm.str_of(o),
                _ => String::new(),
            };
            return Err(vm.type_error(format!("{fname} got multiple values for keyword argument '{ks}'")));
        }
        dictops::dict_setitem(vm, target, k, v)?;
    }
    Ok(())
}

pub fn unpack_sequence(vm: &mut Vm, f: &mut Frame, s: Value, n: usize) -> PyResult<()> {
    if let Value::Obj(o) = &s {
        let fast: Option<Vec<Value>> = match &o.payload {
            Payload::Tuple(t) => Some(t.to_vec()),
            Payload::List(l) => Some(l.borrow().clone()),
            _ => None,
        };
        if let Some(items) = fast {
            if items.len() == n {
                f.stack.extend(items.into_iter().rev());
                return Ok(());
            }
            if items.len() < n {
                return Err(vm.value_error(format!("not enough values to unpack (expected {n}, got {})", items.len())));
            }
            return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
        }
    }
    let it = match seq::get_iter(vm, &s) {
        Ok(it) => it,
        Err(e) => {
            if !seq::is_iterable(vm, &s) {
                let tn = vm.type_name(&s);
                return Err(vm.type_error(format!("cannot unpack non-iterable {tn} object")));
            }
            return Err(e);
        }
    };
    let mut items = Vec::with_capacity(n);
    while items.len() < n {
        match seq::next(vm, &it)? {
            Some(v) => items.push(v),
            None => return Err(vm.value_error(format!("not enough values to unpack (expected {n}, got {})", items.len()))),
        }
    }
    if seq::next(vm, &it)?.is_some() {
        return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
    }
    f.stack.extend(items.into_iter().rev());
    Ok(())
}

pub fn unpack_ex(vm: &mut Vm, f: &mut Frame, s: Value, before: usize, after: usize) -> PyResult<()> {
    let items = match seq::to_vec(vm, &s) {
        Ok(v) => v,
        Err(e) => {
            if !seq::is_iterable(vm, &s) {
                let tn = vm.type_name(&s);
                return Err(vm.type_error(format!("cannot unpack non-iterable {tn} object")));
            }
            return Err(e);
        }
    };
    if items.len() < before + after {
        return Err(vm.value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len())));
    }
    let mid_end = items.len() - after;
    let mut out: Vec<Value> = Vec::with_capacity(before + after + 1);
    out.extend(items[..before].iter().cloned());
    out.push(vm.new_list(items[before..mid_end].to_vec()));
    out.extend(items[mid_end..].iter().cloned());
    f.stack.extend(out.into_iter().rev());
    Ok(())
}

pub fn format_value(vm: &mut Vm, v: Value, conv: u32, spec: Option<Value>) -> PyResult<Value> {
    let v = match conv {
        1 => vm.to_str(&v)?,
        2 => {
            let s = crate::protocol::repr::repr(vm, &v)?;
            vm.new_string(s)
        }
        3 => {
            let s = crate::protocol::repr::ascii(vm, &v)?;
            vm.new_string(s)
        }
        _ => v,
    };
    let spec = spec.unwrap_or(Value::None);
    if spec.is_none() {
        if let Value::Obj(o) = &v {
            if o.class().is(&vm.types.str) {
                return Ok(v);
            }
        }
    }
    let spec = if spec.is_none() { vm.new_str("") } else { spec };
    crate::protocol::format::format(vm, &v, &spec)
}

pub fn make_function(vm: &mut Vm, f: &mut Frame, flags: u32) -> Value {
    let code_v = f.stack.pop().unwrap_or(Value::None);
    let closure = if flags & 8 != 0 { f.stack.pop().and_then(|v| v.as_obj().cloned()) } else { None };
    let annotations = if flags & 4 != 0 { f.stack.pop() } else { None };
    let kwdefaults = if flags & 2 != 0 { f.stack.pop().and_then(|v| v.as_obj().cloned()) } else { None };
    let defaults = if flags & 1 != 0 { f.stack.pop().and_then(|v| v.as_obj().cloned()) } else { None };
    let Value::Obj(co) = code_v else { return Value::None };
    let Payload::Code(code) = &co.payload else { return Value::None };
    let code = code.clone();
    let doc = match code.consts.first() {
        Some(v @ Value::Obj(o)) if matches!(o.payload, Payload::Str(_)) && code.flags & crate::bytecode::flags::OPTIMIZED != 0 => v.clone(),
        _ => Value::None,
    };
    let module = vm.dict_get_str(&f.globals, "__name__").unwrap_or(Value::None);
    let ann = annotations.map(|a| {
        let d = vm.new_dict_obj();
        if let Value::Obj(t) = &a {
            if let Payload::Tuple(items) = &t.payload {
                for pair in items.chunks(2) {
                    if pair.len() == 2 {
                        let _ = dictops::dict_setitem(vm, &d, pair[0].clone(), pair[1].clone());
                    }
                }
            }
        }
        d
    });
    let fd = FunctionData {
        name: RefCell::new(Value::Obj(code.name.clone())),
        qualname: RefCell::new(Value::Obj(code.qualname.clone())),
        code: RefCell::new(code),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        closure,
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        annotations: RefCell::new(ann),
    };
    let ext = Some(Box::new(crate::object::InstanceExt { dict: crate::object::ObjCell::new(None), slots: Box::new([]) }));
    Value::Obj(ObjRef::with_ext(vm.types.function.clone(), Payload::Function(Box::new(fd)), ext))
}

pub fn setup_annotations(vm: &mut Vm, f: &mut Frame) -> PyResult<()> {
    let key = vm.intern("__annotations__");
    let m = f.locals_map.clone().unwrap_or(Value::Obj(f.globals.clone()));
    if mapping_get(vm, &m, &key)?.is_none() {
        let d = vm.new_dict();
        seq::setitem(vm, &m, Value::Obj(key), d)?;
    }
    Ok(())
}

pub fn print_expr(vm: &mut Vm, v: Value) -> PyResult<()> {
    let hook = match &vm.sys_dict {
        Some(d) => vm.dict_get_str(d, "displayhook"),
        None => None,
    };
    match hook {
        Some(h) => {
            vm.call(&h, &[v])?;
            Ok(())
        }
        None => {
            let t = vm.types.runtime_error.clone();
            Err(vm.new_error(&t, "lost sys.displayhook"))
        }
    }
}

pub fn import_name(vm: &mut Vm, f: &Frame, name: &ObjRef, fromlist: Value, level: Value) -> PyResult<Value> {
    let level = match level {
        Value::Int(i) => i,
        _ => 0,
    };
    crate::import::import_name(vm, &f.globals, name, &fromlist, level)
}

pub fn import_from(vm: &mut Vm, m: &Value, name: &ObjRef) -> PyResult<Value> {
    crate::import::import_from(vm, m, name)
}

pub fn import_star(vm: &mut Vm, f: &mut Frame, m: &Value) -> PyResult<()> {
    let target = f.locals_map.clone().unwrap_or(Value::Obj(f.globals.clone()));
    crate::import::import_star(vm, m, &target)
}
