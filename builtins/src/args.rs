//! Binding native-function arguments to parameters, with CPython's (Argument Clinic) error
//! messages, plus small conversion helpers every builtin uses.

use rpy_vm::objects::native::Args;
use rpy_vm::protocol::number::as_int;
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

/// A parameter list: names in order; `/` ends positional-only parameters, `*` starts
/// keyword-only ones. `required` is how many leading parameters have no default.
pub struct Spec<'a> {
    pub name: &'a str,
    pub params: &'a [&'a str],
    pub required: usize,
}

/// Binds `args` (without `self`) to `spec`; returns one slot per named parameter.
pub fn bind(vm: &mut Vm, args: &Args, spec: &Spec) -> PyResult<Vec<Option<Value>>> {
    let names: Vec<&str> = spec.params.iter().copied().filter(|p| *p != "/" && *p != "*").collect();
    let posonly = spec.params.iter().position(|p| *p == "/").unwrap_or(0);
    let kwonly_start = spec.params.iter().position(|p| *p == "*").map(|i| i - (posonly > 0 && posonly < i) as usize).unwrap_or(names.len());
    let max_pos = kwonly_start;
    let pos = args.pos();
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    if pos.len() > max_pos {
        let fname = spec.name;
        if max_pos == 0 {
            return Err(vm.type_error(format!("{fname}() takes no positional arguments")));
        }
        let req = spec.required.min(max_pos);
        return Err(if req == max_pos {
            vm.type_error(format!("{fname}() takes exactly {} argument{} ({} given)", max_pos, if max_pos == 1 { "" } else { "s" }, pos.len()))
        } else {
            vm.type_error(format!("{fname}() takes at most {} argument{} ({} given)", max_pos, if max_pos == 1 { "" } else { "s" }, pos.len()))
        });
    }
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let key = match k {
            Value::Obj(o) => vm.str_of(o),
            _ => String::new(),
        };
        match names.iter().position(|n| *n == key) {
            Some(i) if i >= posonly => {
                if out[i].is_some() {
                    return Err(vm.type_error(format!("argument for {}() given by name ('{}') and position ({})", spec.name, key, i + 1)));
                }
                out[i] = Some(v.clone());
            }
            // Argument Clinic: positional-only names are not keywords at all.
            _ if posonly == names.len() => return Err(vm.type_error(format!("{}() takes no keyword arguments", spec.name))),
            _ => return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {}()", key, spec.name))),
        }
    }
    for i in 0..spec.required.min(names.len()) {
        if out[i].is_none() {
            if i < posonly || spec.params.first() == Some(&"/") {
                return Err(vm.type_error(format!(
                    "{}() takes {} {} argument{} ({} given)",
                    spec.name,
                    if spec.required == max_pos { "exactly" } else { "at least" },
                    spec.required,
                    if spec.required == 1 { "" } else { "s" },
                    pos.len()
                )));
            }
            return Err(vm.type_error(format!("{}() missing required argument '{}' (pos {})", spec.name, names[i], i + 1)));
        }
    }
    Ok(out)
}

/// No keyword arguments allowed: "f() takes no keyword arguments".
pub fn no_kwargs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Positional count check with CPython's `_PyArg_CheckPositional` wording:
/// "name expected at most 2 arguments, got 3".
pub fn check_count(vm: &mut Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    no_kwargs(vm, args, name)?;
    let n = args.len();
    if n < min {
        let what = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!("{name} expected {what}{min} argument{}, got {n}", if min == 1 { "" } else { "s" })));
    }
    if n > max {
        let what = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!("{name} expected {what}{max} argument{}, got {n}", if max == 1 { "" } else { "s" })));
    }
    Ok(())
}

/// A METH_O builtin function: "name() takes exactly one argument (2 given)".
pub fn exactly_one(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    no_kwargs(vm, args, name)?;
    let n = args.len();
    if n != 1 {
        return Err(vm.type_error(format!("{name}() takes exactly one argument ({n} given)")));
    }
    Ok(())
}

/// METH_NOARGS check on a method (args include self): "name() takes no arguments (1 given)".
pub fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    no_kwargs(vm, args, name)?;
    let n = args.len().saturating_sub(1);
    if n != 0 {
        return Err(vm.type_error(format!("{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// METH_O check on a method (args include self): "name() takes exactly one argument (0 given)".
pub fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    no_kwargs(vm, args, name)?;
    let n = args.len().saturating_sub(1);
    if n != 1 {
        return Err(vm.type_error(format!("{name}() takes exactly one argument ({n} given)")));
    }
    Ok(args.values[1].clone())
}

/// The str content of a value, or a TypeError mentioning `what`.
pub fn expect_str(vm: &mut Vm, v: &Value, what: &str) -> PyResult<String> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Ok(vm.str_of(o)),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

pub fn str_obj(v: &Value) -> Option<&ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Some(o),
        _ => None,
    }
}

/// An index-like integer argument as i64 (OverflowError if it doesn't fit).
pub fn expect_i64(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(rpy_vm::objects::int::Int::Small(i)) => Ok(i),
        Some(rpy_vm::objects::int::Int::Big(_)) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => match vm.to_index(v)? {
            rpy_vm::objects::int::Int::Small(i) => Ok(i),
            rpy_vm::objects::int::Int::Big(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        },
    }
}

/// The receiver of a method (args.values[0]).
pub fn this<'a>(args: &Args<'a>) -> &'a Value {
    &args.values[0]
}
