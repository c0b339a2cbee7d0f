//! Iteration builtins: sorted, all, any.

use crate::args;
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::protocol::seq;
use rpy_vm::{PyResult, Value, Vm};

fn sorted(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.len() != 1 {
        let n = a.len();
        return Err(vm.type_error(format!("sorted expected 1 argument, got {n}")));
    }
    let items = seq::to_vec(vm, &a.values[0])?;
    let list = vm.new_list(items);
    let names: Vec<Value> = a.kwnames.to_vec();
    let vals: Vec<Value> = a.kwargs().map(|(_, v)| v.clone()).collect();
    let sort = rpy_vm::protocol::attr::getattr_str(vm, &list, "sort")?;
    vm.call_args(&sort, Args::with_kw(&vals, &names))?;
    Ok(list)
}

fn all(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::exactly_one(vm, &a, "all")?;
    let it = seq::get_iter(vm, &a.values[0])?;
    while let Some(x) = seq::next(vm, &it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::exactly_one(vm, &a, "any")?;
    let it = seq::get_iter(vm, &a.values[0])?;
    while let Some(x) = seq::next(vm, &it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub static FUNCS: &[MethodDef] = &[
    MethodDef {
        name: "sorted",
        func: sorted,
        flags: 0,
        sig: "($module, iterable, /, *, key=None, reverse=False)",
        doc: "Return a new list containing all items from the iterable in ascending order.",
    },
    MethodDef { name: "all", func: all, flags: 0, sig: "($module, iterable, /)", doc: "Return True if bool(x) is True for all values x in the iterable." },
    MethodDef { name: "any", func: any, flags: 0, sig: "($module, iterable, /)", doc: "Return True if bool(x) is True for any x in the iterable." },
];
