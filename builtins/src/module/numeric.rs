//! Numeric builtins: abs, divmod, pow, round, sum, min, max, bin, oct, hex.

use crate::args::{self, Spec};
use rpy_vm::bytecode::{BinOp, CmpOp};
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::protocol::number::{self, as_float, as_int};
use rpy_vm::protocol::{attr, compare, seq};
use rpy_vm::{Payload, PyResult, Value, Vm};

fn abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::exactly_one(vm, &a, "abs")?;
    let v = &a.values[0];
    match v {
        Value::Int(i) => {
            return Ok(match i.checked_abs() {
                Some(r) => Value::Int(r),
                None => number::int_value(vm, rpy_vm::objects::int::abs(&rpy_vm::objects::int::Int::Small(*i))),
            })
        }
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        _ => {}
    }
    match attr::lookup_special(vm, v, "__abs__") {
        Some(f) => vm.call(&f, &[v.clone()]),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")))
        }
    }
}

fn divmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "divmod", 2, 2)?;
    let (x, y) = (&a.values[0], &a.values[1]);
    let exact = |v: &Value| {
        matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
            || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Int(_)) && o.class().is(&vm.types.int))
    };
    if exact(x) && exact(y) {
        if let (Some(p), Some(q)) = (as_int(x), as_int(y)) {
            let d = rpy_vm::objects::int::floordiv(&p, &q).ok_or_else(|| vm.zero_division_error("integer division or modulo by zero"))?;
            let m = rpy_vm::objects::int::modulo(&p, &q).unwrap_or(rpy_vm::objects::int::Int::Small(0));
            let (d, m) = (number::int_value(vm, d), number::int_value(vm, m));
            return Ok(vm.new_tuple(vec![d, m]));
        }
        let fx = vm.to_f64(x)?;
        let fy = vm.to_f64(y)?;
        if fy == 0.0 {
            return Err(vm.zero_division_error("float divmod()"));
        }
        let (d, m) = number::float_divmod(fx, fy);
        return Ok(vm.new_tuple(vec![Value::Float(d), Value::Float(m)]));
    }
    let tx = vm.type_of(x);
    let ty = vm.type_of(y);
    if let Some(f) = attr::type_lookup_str(&tx, "__divmod__") {
        let r = vm.call(&f, &[x.clone(), y.clone()])?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !tx.is(&ty) {
        if let Some(f) = attr::type_lookup_str(&ty, "__rdivmod__") {
            let r = vm.call(&f, &[y.clone(), x.clone()])?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    let (p, q) = (vm.type_name(x), vm.type_name(y));
    Err(vm.type_error(format!("unsupported operand type(s) for divmod(): '{p}' and '{q}'")))
}

fn pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = args::bind(vm, &a, &Spec { name: "pow", params: &["base", "exp", "mod"], required: 2 })?;
    let base = b[0].clone().unwrap_or(Value::None);
    let exp = b[1].clone().unwrap_or(Value::None);
    match b[2].clone() {
        None | Some(Value::None) => number::binary_op(vm, &base, &exp, BinOp::Power, false),
        Some(m) => {
            if let (Some(x), Some(y), Some(z)) = (as_int(&base), as_int(&exp), as_int(&m)) {
                return match rpy_vm::objects::int::powmod(&x, &y, &z) {
                    Ok(r) => Ok(number::int_value(vm, r)),
                    Err(msg) => Err(vm.value_error(msg)),
                };
            }
            if let Some(f) = attr::lookup_special(vm, &base, "__pow__") {
                if !(as_float(&base).is_some() || as_float(&exp).is_some() || as_float(&m).is_some()) {
                    let r = vm.call(&f, &[base.clone(), exp.clone(), m.clone()])?;
                    if !vm.is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            if [&base, &exp, &m].iter().all(|v| as_int(v).is_some() || as_float(v).is_some()) {
                return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            }
            let (p, q, r) = (vm.type_name(&base), vm.type_name(&exp), vm.type_name(&m));
            Err(vm.type_error(format!("unsupported operand type(s) for ** or pow(): '{p}', '{q}', '{r}'")))
        }
    }
}

fn round(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = args::bind(vm, &a, &Spec { name: "round", params: &["number", "ndigits"], required: 1 })?;
    let n = b[0].clone().unwrap_or(Value::None);
    let f = match attr::lookup_special(vm, &n, "__round__") {
        Some(f) => f,
        None => {
            let tn = vm.type_name(&n);
            return Err(vm.type_error(format!("type {tn} doesn't define __round__ method")));
        }
    };
    match b[1].clone() {
        None | Some(Value::None) => vm.call(&f, &[n]),
        Some(d) => vm.call(&f, &[n, d]),
    }
}

fn sum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = args::bind(vm, &a, &Spec { name: "sum", params: &["iterable", "/", "start"], required: 1 })?;
    let mut acc = b[1].clone().unwrap_or(Value::Int(0));
    if let Value::Obj(o) = &acc {
        match &o.payload {
            Payload::Str(_) => return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]")),
            Payload::Bytes(_) => return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
            Payload::ByteArray(_) => return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]")),
            _ => {}
        }
    }
    let it = seq::get_iter(vm, b[0].as_ref().unwrap_or(&Value::None))?;
    while let Some(x) = seq::next(vm, &it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) => match p.checked_add(*q) {
                Some(r) => Value::Int(r),
                None => number::binary_op(vm, &acc, &x, BinOp::Add, false)?,
            },
            (Value::Float(p), Value::Float(q)) => Value::Float(p + q),
            (Value::Float(p), Value::Int(q)) => Value::Float(p + *q as f64),
            _ => number::binary_op(vm, &acc, &x, BinOp::Add, false)?,
        };
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, a: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    // as CPython: the argument count is checked before the keywords
    if a.pos().is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let mut key = None;
    let mut default = None;
    for (k, v) in a.kwargs() {
        let ks = match k {
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => vm.str_of(o),
            _ => return Err(vm.type_error("keywords must be strings")),
        };
        match ks.as_str() {
            "key" => key = Some(v.clone()).filter(|v| !v.is_none()),
            "default" => default = Some(v.clone()),
            _ => return Err(vm.type_error(format!("'{ks}' is an invalid keyword argument for {name}()"))),
        }
    }
    let pos = a.pos();
    let items: Vec<Value> = match pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => {
            let it = seq::get_iter(vm, &pos[0])?;
            let mut v = Vec::new();
            while let Some(x) = seq::next(vm, &it)? {
                v.push(x);
            }
            v
        }
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
            }
            pos.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call(k, &[best.clone()])?,
        None => best.clone(),
    };
    for x in items.into_iter().skip(1) {
        let kx = match &key {
            Some(k) => vm.call(k, &[x.clone()])?,
            None => x.clone(),
        };
        let r = compare::rich_compare(vm, &kx, &best_key, op)?;
        if vm.truthy(&r)? {
            best = x;
            best_key = kx;
        }
    }
    Ok(best)
}

fn min(vm: &mut Vm, a: Args) -> PyResult<Value> {
    min_max(vm, a, "min", CmpOp::Lt)
}

fn max(vm: &mut Vm, a: Args) -> PyResult<Value> {
    min_max(vm, a, "max", CmpOp::Gt)
}

fn radix(vm: &mut Vm, a: Args, name: &str, r: u32) -> PyResult<Value> {
    args::exactly_one(vm, &a, name)?;
    let i = vm.to_index(&a.values[0])?;
    let s = rpy_vm::format::int_to_radix(&i.to_big(), r, true);
    Ok(vm.new_string(s))
}

fn bin(vm: &mut Vm, a: Args) -> PyResult<Value> {
    radix(vm, a, "bin", 2)
}
fn oct(vm: &mut Vm, a: Args) -> PyResult<Value> {
    radix(vm, a, "oct", 8)
}
fn hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    radix(vm, a, "hex", 16)
}

pub static FUNCS: &[MethodDef] = &[
    MethodDef { name: "abs", func: abs, flags: 0, sig: "($module, x, /)", doc: "Return the absolute value of the argument." },
    MethodDef { name: "divmod", func: divmod, flags: 0, sig: "($module, x, y, /)", doc: "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x." },
    MethodDef {
        name: "pow",
        func: pow,
        flags: 0,
        sig: "($module, /, base, exp, mod=None)",
        doc: "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments",
    },
    MethodDef {
        name: "round",
        func: round,
        flags: 0,
        sig: "($module, /, number, ndigits=None)",
        doc: "Round a number to a given precision in decimal digits.",
    },
    MethodDef {
        name: "sum",
        func: sum,
        flags: 0,
        sig: "($module, iterable, /, start=0)",
        doc: "Return the sum of a 'start' value (default: 0) plus an iterable of numbers",
    },
    MethodDef {
        name: "min",
        func: min,
        flags: 0,
        sig: "",
        doc: "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value",
    },
    MethodDef {
        name: "max",
        func: max,
        flags: 0,
        sig: "",
        doc: "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value",
    },
    MethodDef { name: "bin", func: bin, flags: 0, sig: "($module, number, /)", doc: "Return the binary representation of an integer." },
    MethodDef { name: "oct", func: oct, flags: 0, sig: "($module, number, /)", doc: "Return the octal representation of an integer." },
    MethodDef { name: "hex", func: hex, flags: 0, sig: "($module, number, /)", doc: "Return the hexadecimal representation of an integer." },
];
