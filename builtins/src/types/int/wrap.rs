//! Argument checks of CPython's slot wrappers (`wrapper __add__() …`, `expected 1 argument,
//! got 0`) and of METH_NOARGS / METH_O methods, with CPython's exact messages. Shared by the
//! numeric types (int, bool, float, complex).

use rpy_vm::objects::native::Args;
use rpy_vm::{PyResult, Value, Vm};

fn no_kw_wrapper(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A unary slot wrapper (`__neg__`, `__hash__`, `__repr__`, …): no arguments besides self.
pub fn unary(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    no_kw_wrapper(vm, a, name)?;
    let n = a.len().saturating_sub(1);
    if n != 0 {
        return Err(vm.type_error(format!("expected 0 arguments, got {n}")));
    }
    Ok(())
}

/// A binary slot wrapper (`__add__`, `__eq__`, …): exactly one argument; returns it.
pub fn binary(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    no_kw_wrapper(vm, a, name)?;
    let n = a.len().saturating_sub(1);
    if n != 1 {
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    Ok(a.values[1].clone())
}

/// A ternary slot wrapper (`__pow__`, `__rpow__`): one argument and an optional modulus
/// (None when absent or passed as None).
pub fn ternary(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Value, Option<Value>)> {
    no_kw_wrapper(vm, a, name)?;
    let n = a.len().saturating_sub(1);
    if n < 1 {
        return Err(vm.type_error(format!(" expected at least 1 argument, got {n}")));
    }
    if n > 2 {
        return Err(vm.type_error(format!(" expected at most 2 arguments, got {n}")));
    }
    let m = a.values.get(2).filter(|v| !v.is_none()).cloned();
    Ok((a.values[1].clone(), m))
}

fn no_kw_method(vm: &mut Vm, a: &Args, qualname: &str) -> PyResult<()> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    Ok(())
}

/// A METH_NOARGS method such as `int.bit_length`.
pub fn noargs(vm: &mut Vm, a: &Args, qualname: &str) -> PyResult<()> {
    no_kw_method(vm, a, qualname)?;
    let n = a.len().saturating_sub(1);
    if n != 0 {
        return Err(vm.type_error(format!("{qualname}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// A METH_O method such as `int.__format__`; returns the argument.
pub fn onearg(vm: &mut Vm, a: &Args, qualname: &str) -> PyResult<Value> {
    no_kw_method(vm, a, qualname)?;
    let n = a.len().saturating_sub(1);
    if n != 1 {
        return Err(vm.type_error(format!("{qualname}() takes exactly one argument ({n} given)")));
    }
    Ok(a.values[1].clone())
}

/// A positional-only method with optional arguments checked like `_PyArg_CheckPositional`
/// (`__round__ expected at most 1 argument, got 2`); returns the arguments after self.
pub fn positional<'a>(vm: &mut Vm, a: &Args<'a>, qualname: &str, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_kw_method(vm, a, qualname)?;
    let rest = &a.values[1.min(a.values.len())..];
    let n = rest.len();
    if n < min {
        let what = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!("{name} expected {what}{min} argument{}, got {n}", plural(min))));
    }
    if n > max {
        let what = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!("{name} expected {what}{max} argument{}, got {n}", plural(max))));
    }
    Ok(rest)
}

/// The `format_spec` argument of `__format__` as a Rust string.
pub fn format_spec(vm: &mut Vm, a: &Args, qualname: &str) -> PyResult<String> {
    let spec = onearg(vm, a, qualname)?;
    match &spec {
        Value::Obj(o) if matches!(o.payload, rpy_vm::Payload::Str(_)) => Ok(vm.str_of(o)),
        _ => {
            let tn = vm.type_name(&spec);
            Err(vm.type_error(format!("__format__() argument must be str, not {tn}")))
        }
    }
}
