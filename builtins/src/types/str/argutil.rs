//! Argument checking for the str/bytes/bytearray methods with CPython 3.11's exact messages
//! (Argument Clinic positional-only and keyword forms, `PyArg_ParseTuple` forms, index and
//! slice-index conversions).

use super::as_pystr;
use rpy_vm::objects::int::Int;
use rpy_vm::objects::native::Args;
use rpy_vm::protocol::attr;
use rpy_vm::protocol::number::as_int;
use rpy_vm::{PyResult, Value, Vm};

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The positional arguments after `self`.
pub fn rest<'a>(a: &Args<'a>) -> &'a [Value] {
    let p = a.pos();
    if p.is_empty() {
        p
    } else {
        &p[1..]
    }
}

/// `qual() takes no keyword arguments` (qual is e.g. "str.center").
pub fn no_kw(vm: &mut Vm, a: &Args, qual: &str) -> PyResult<()> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    Ok(())
}

/// METH_NOARGS: "str.lower() takes no arguments (1 given)".
pub fn no_args(vm: &mut Vm, a: &Args, qual: &str) -> PyResult<()> {
    no_kw(vm, a, qual)?;
    let n = rest(a).len();
    if n != 0 {
        return Err(vm.type_error(format!("{qual}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// METH_O: "str.join() takes exactly one argument (0 given)".
pub fn one_arg(vm: &mut Vm, a: &Args, qual: &str) -> PyResult<Value> {
    no_kw(vm, a, qual)?;
    let r = rest(a);
    if r.len() != 1 {
        return Err(vm.type_error(format!("{qual}() takes exactly one argument ({} given)", r.len())));
    }
    Ok(r[0].clone())
}

/// Argument Clinic positional-only: "center expected at least 1 argument, got 0".
pub fn clinic_pos<'a>(vm: &mut Vm, a: &Args<'a>, qual: &str, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_kw(vm, a, qual)?;
    let r = rest(a);
    let n = r.len();
    if n < min || n > max {
        let (what, lim) = if n < min { (if min == max { "" } else { "at least " }, min) } else { (if min == max { "" } else { "at most " }, max) };
        return Err(vm.type_error(format!("{name} expected {what}{lim} argument{}, got {n}", plural(lim))));
    }
    Ok(r)
}

/// `PyArg_ParseTuple` style: "find() takes at least 1 argument (0 given)".
pub fn parse_tuple<'a>(vm: &mut Vm, a: &Args<'a>, qual: &str, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_kw(vm, a, qual)?;
    let r = rest(a);
    let n = r.len();
    if n < min || n > max {
        let (what, lim) = if n < min { (if min == max { "exactly" } else { "at least" }, min) } else { (if min == max { "exactly" } else { "at most" }, max) };
        return Err(vm.type_error(format!("{name}() takes {what} {lim} argument{} ({n} given)", plural(lim))));
    }
    Ok(r)
}

/// Argument Clinic with keywords (`_PyArg_UnpackKeywords`): binds the arguments after
/// `skip` leading values (self) to `names`, of which the first `minpos` are required.
pub fn bind_kw(vm: &mut Vm, a: &Args, skip: usize, fname: &str, names: &[&str], minpos: usize) -> PyResult<Vec<Option<Value>>> {
    let pos = &a.pos()[skip.min(a.pos().len())..];
    let kw: Vec<(String, Value)> = a
        .kwargs()
        .map(|(k, v)| {
            let k = match k {
                Value::Obj(o) => vm.str_of(o),
                _ => String::new(),
            };
            (k, v.clone())
        })
        .collect();
    let maxargs = names.len();
    let total = pos.len() + kw.len();
    if total > maxargs {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {maxargs} {}argument{} ({total} given)",
            if pos.is_empty() { "keyword " } else { "" },
            plural(maxargs)
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    let mut used = 0;
    for (i, name) in names.iter().enumerate().skip(pos.len()) {
        if let Some((_, v)) = kw.iter().find(|(k, _)| k == name) {
            out[i] = Some(v.clone());
            used += 1;
        } else if i < minpos {
            return Err(vm.type_error(format!("{fname}() missing required argument '{name}' (pos {})", i + 1)));
        }
    }
    if used < kw.len() {
        for (i, name) in names.iter().enumerate().take(pos.len()) {
            if kw.iter().any(|(k, _)| k == name) {
                return Err(vm.type_error(format!("argument for {fname}() given by name ('{name}') and position ({})", i + 1)));
            }
        }
        for (k, _) in &kw {
            if !names.contains(&k.as_str()) {
                return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {fname}()")));
            }
        }
    }
    Ok(out)
}

/// `operator.index(v)` as a Py_ssize_t ("Python int too large to convert to C ssize_t").
pub fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.to_index(v)? {
        Int::Small(i) => Ok(i),
        Int::Big(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `operator.index(v)` as a C int ("Python int too large to convert to C int").
pub fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.to_index(v)? {
        Int::Small(i) if i >= i32::MIN as i64 && i <= i32::MAX as i64 => Ok(i),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// A slice bound (`_PyEval_SliceIndex`): None stays None, big values are clamped.
pub fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    let i = match as_int(v) {
        Some(i) => i,
        None => {
            if attr::lookup_special(vm, v, "__index__").is_none() {
                return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
            }
            vm.to_index(v)?
        }
    };
    Ok(Some(match i {
        Int::Small(s) => s,
        Int::Big(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    }))
}

/// CPython's `ADJUST_INDICES`: clamps `[start, end)` to a sequence of `len`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(i64::MAX);
    if e > len {
        e = len;
    } else if e < 0 {
        e += len;
        if e < 0 {
            e = 0;
        }
    }
    if s < 0 {
        s += len;
        if s < 0 {
            s = 0;
        }
    }
    (s, e)
}

/// Checks the size of a result about to be built: OverflowError(`overflow_msg`) past
/// Py_ssize_t, MemoryError for sizes no allocation could satisfy.
pub fn check_size(vm: &mut Vm, n: u128, overflow_msg: &str) -> PyResult<()> {
    if n > i64::MAX as u128 {
        return Err(vm.overflow_error(overflow_msg));
    }
    if n > (1u128 << 36) {
        let t = vm.types.memory_error.clone();
        return Err(rpy_vm::PyErr(vm.new_exception(&t, vec![])));
    }
    Ok(())
}

/// Slot wrappers (`str.__add__`, …): "expected 1 argument, got 0".
pub fn wrapper_args<'a>(vm: &mut Vm, a: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let r = rest(a);
    if r.len() != n {
        return Err(vm.type_error(format!("expected {n} argument{}, got {}", plural(n), r.len())));
    }
    Ok(r)
}

/// The type name Argument Clinic shows in "must be str, not X" (`None` for None).
pub fn clinic_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

/// An optional str argument of a clinic function: "f() argument 'name' must be str, not int".
pub fn opt_str_arg(vm: &mut Vm, v: Option<&Value>, fname: &str, name: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) => match as_pystr(v) {
            Some(s) => Ok(Some(s.as_str().to_string())),
            None => {
                let tn = clinic_type_name(vm, v);
                Err(vm.type_error(format!("{fname}() argument '{name}' must be str, not {tn}")))
            }
        },
    }
}
