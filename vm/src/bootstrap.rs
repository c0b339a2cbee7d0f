//! rpy's Python-level runtime helpers (`bootstrap.py`: `ModuleSpec`, the awaitable behind
//! `anext(it, default)`), compiled into the `_frozen_importlib` module on first use.

use crate::error::PyResult;
use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::vm::Vm;

const SOURCE: &str = include_str!("bootstrap.py");

fn module(vm: &mut Vm) -> PyResult<ObjRef> {
    if let Some(Value::Obj(m)) = crate::import::sys_modules_get(vm, "_frozen_importlib") {
        if let Payload::Module { dict } = &m.payload {
            return Ok(dict.clone());
        }
    }
    let m = vm.new_module("_frozen_importlib", None);
    let Payload::Module { dict } = &m.payload else { unreachable!() };
    let dict = dict.clone();
    let b = vm.builtins.clone();
    vm.dict_set_str(&dict, "__builtins__", Value::Obj(b));
    crate::run::exec_source(vm, SOURCE, "<frozen importlib._bootstrap>", &dict)?;
    let mods = vm.modules.clone();
    vm.dict_set_str(&mods, "_frozen_importlib", Value::Obj(m));
    Ok(dict)
}

/// An attribute of the bootstrap module.
pub fn attr(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let d = module(vm)?;
    match vm.dict_get_str(&d, name) {
        Some(v) => Ok(v),
        None => Err(vm.system_error(format!("bootstrap has no {name}"))),
    }
}
