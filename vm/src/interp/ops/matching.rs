//! Structural pattern matching support: MATCH_CLASS, MATCH_MAPPING/SEQUENCE, MATCH_KEYS and
//! COPY_DICT_WITHOUT_KEYS.

use crate::error::PyResult;
use crate::object::{ObjRef, Payload};
use crate::objects::typeobj::{tflags, type_data};
use crate::protocol::{attr, dictops, seq};
use crate::value::Value;
use crate::vm::Vm;

fn tuple_items(v: &Value) -> Vec<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

pub fn match_class(vm: &mut Vm, subject: &Value, cls: &Value, names: &Value, npos: usize) -> PyResult<Value> {
    let Value::Obj(c) = cls else { return Err(vm.type_error("called match pattern must be a type")) };
    if !matches!(c.payload, Payload::Type(_)) {
        return Err(vm.type_error("called match pattern must be a type"));
    }
    if !vm.is_instance_of(subject, c) {
        return Ok(Value::None);
    }
    let cname = type_data(c).name.borrow().clone();
    let kw_names = tuple_items(names);
    let mut attr_names: Vec<Value> = Vec::new();
    let mut results: Vec<Value> = Vec::new();
    let mut self_match = false;
    if npos > 0 {
        let match_args = attr::getattr_str_opt(vm, cls, "__match_args__")?;
        match match_args {
            Some(ma) => {
                let is_tuple = matches!(&ma, Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)));
                if !is_tuple {
                    let tn = vm.type_name(&ma);
                    return Err(vm.type_error(format!("{cname}.__match_args__ must be a tuple (got {tn})")));
                }
                let items = tuple_items(&ma);
                if npos > items.len() {
                    let n = items.len();
                    return Err(vm.type_error(format!("{cname}() accepts {n} positional sub-pattern{} ({npos} given)", if n == 1 { "" } else { "s" })));
                }
                for it in items.into_iter().take(npos) {
                    if !matches!(&it, Value::Obj(o) if matches!(o.payload, Payload::Str(_))) {
                        let tn = vm.type_name(&it);
                        return Err(vm.type_error(format!("__match_args__ elements must be strings (got {tn})")));
                    }
                    attr_names.push(it);
                }
            }
            None => {
                let special = [
                    &vm.types.bool_,
                    &vm.types.bytearray,
                    &vm.types.bytes,
                    &vm.types.dict,
                    &vm.types.float,
                    &vm.types.frozenset,
                    &vm.types.int,
                    &vm.types.list,
                    &vm.types.set,
                    &vm.types.str,
                    &vm.types.tuple,
                ];
                let is_special = special.iter().any(|t| crate::objects::typeobj::is_subtype(c, t) && type_data(c).layout == type_data(t).layout);
                if is_special && npos == 1 {
                    self_match = true;
                } else {
                    let n = if is_special { 1 } else { 0 };
                    return Err(vm.type_error(format!("{cname}() accepts {n} positional sub-pattern{} ({npos} given)", if n == 1 { "" } else { "s" })));
                }
            }
        }
    }
    if self_match {
        results.push(subject.clone());
    }
    attr_names.extend(kw_names);
    let mut seen: Vec<String> = Vec::new();
    for n in attr_names {
        let Value::Obj(no) = &n else { continue };
        let s = vm.str_of(no);
        if seen.contains(&s) {
            return Err(vm.type_error(format!("{cname}() got multiple sub-patterns for attribute '{s}'")));
        }
        seen.push(s);
        match attr::getattr_opt(vm, subject, no) {
            Ok(Some(v)) => results.push(v),
            Ok(None) => return Ok(Value::None),
            Err(e) => {
                if vm.is_instance_of(&Value::Obj(e.0.clone()), &vm.types.attribute_error.clone()) {
                    return Ok(Value::None);
                }
                return Err(e);
            }
        }
    }
    Ok(vm.new_tuple(results))
}

pub fn is_mapping(vm: &Vm, v: &Value) -> bool {
    let t = vm.type_of(v);
    let r = type_data(&t).mro.borrow().iter().any(|c| type_data(c).has(tflags::MAPPING));
    r
}

pub fn is_sequence(vm: &Vm, v: &Value) -> bool {
    let t = vm.type_of(v);
    if let Value::Obj(o) = v {
        if matches!(o.payload, Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)) {
            return false;
        }
    }
    let r = type_data(&t).mro.borrow().iter().any(|c| type_data(c).has(tflags::SEQUENCE));
    r
}

pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = tuple_items(keys);
    if keys.is_empty() {
        return Ok(vm.new_tuple(vec![]));
    }
    let get = attr::getattr_str(vm, subject, "get")?;
    let dummy = Value::Obj(vm.null.clone());
    let mut values = Vec::new();
    let mut seen: Vec<Value> = Vec::new();
    for k in keys {
        for s in &seen {
            if vm.eq(s, &k)? {
                let r = crate::protocol::repr::repr(vm, &k)?;
                return Err(vm.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
        }
        let v = vm.call(&get, &[k.clone(), dummy.clone()])?;
        if v.is(&dummy) {
            return Ok(Value::None);
        }
        seen.push(k);
        values.push(v);
    }
    Ok(vm.new_tuple(values))
}

pub fn copy_dict_without_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let d = vm.new_dict_obj();
    dictops::dict_update(vm, &d, subject)?;
    for k in tuple_items(keys) {
        dictops::dict_delitem_opt(vm, &d, &k)?;
    }
    let _ = seq::len;
    Ok(Value::Obj(d))
}

pub fn _unused(_o: &ObjRef) {}
