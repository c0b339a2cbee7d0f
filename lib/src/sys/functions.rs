//! The functions of `sys` that query or change interpreter state: exit, the recursion limit,
//! exc_info/exception, intern, getsizeof, the int string-conversion limit, encodings, the
//! switch interval, call_tracing.

use rpy_vm::objects::int::Int;
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::objects::typeobj::{tflags, type_data, Layout};
use rpy_vm::protocol::attr;
use rpy_vm::protocol::number::as_int;
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

// ----- argument checks with CPython's wording for `sys` functions ----------------------------

fn no_kwargs(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("sys.{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// METH_NOARGS
pub fn noargs(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    no_kwargs(vm, a, name)?;
    if a.len() != 0 {
        return Err(vm.type_error(format!("sys.{name}() takes no arguments ({} given)", a.len())));
    }
    Ok(())
}

/// METH_O
pub fn one(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    no_kwargs(vm, a, name)?;
    if a.len() != 1 {
        return Err(vm.type_error(format!("sys.{name}() takes exactly one argument ({} given)", a.len())));
    }
    Ok(a.values[0].clone())
}

/// `_PyArg_CheckPositional`: "name expected at most 1 argument, got 2".
pub fn positional(vm: &mut Vm, a: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    no_kwargs(vm, a, name)?;
    let n = a.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let what = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!("{name} expected {what}{min} argument{}, got {n}", plural(min))));
    }
    if n > max {
        let what = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!("{name} expected {what}{max} argument{}, got {n}", plural(max))));
    }
    Ok(())
}

/// An Argument Clinic `int` parameter.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    match vm.to_index(v)? {
        Int::Small(i) if i >= i32::MIN as i64 && i <= i32::MAX as i64 => Ok(i),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

// ----- exit --------------------------------------------------------------------------------

fn exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "exit", 0, 1)?;
    let t = Value::Obj(vm.types.system_exit.clone());
    let e = match a.pos().first() {
        None | Some(Value::None) => vm.call(&t, &[])?,
        Some(v @ Value::Obj(o)) => match &o.payload {
            Payload::Tuple(items) if o.class().is(&vm.types.tuple) => {
                let items = items.to_vec();
                let _ = v;
                vm.call(&t, &items)?
            }
            _ => vm.call(&t, std::slice::from_ref(v))?,
        },
        Some(v) => vm.call(&t, std::slice::from_ref(v))?,
    };
    match e {
        Value::Obj(o) => Err(rpy_vm::PyErr(o)),
        _ => Err(vm.system_error("SystemExit() did not return an exception")),
    }
}

// ----- recursion limit -----------------------------------------------------------------------

fn getrecursionlimit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "getrecursionlimit")?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "setrecursionlimit")?;
    let limit = c_int(vm, &v)?;
    if limit < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    // CPython counts the running native call as one level of depth
    let depth = vm.depth as i64 + 1;
    if depth >= limit {
        let t = vm.types.recursion_error.clone();
        return Err(vm.new_error(&t, format!("cannot set the recursion limit to {limit} at the recursion depth {depth}: the limit is too low")));
    }
    vm.recursion_limit = limit as usize;
    Ok(Value::None)
}

// ----- the handled exception ---------------------------------------------------------------

fn exc_info(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "exc_info")?;
    match vm.current_exc() {
        Some(e) if !e.is_none() => {
            let t = Value::Obj(vm.type_of(&e));
            let tb = match &e {
                Value::Obj(o) => match &o.payload {
                    Payload::Exception(d) => d.borrow().traceback.clone().map(Value::Obj).unwrap_or(Value::None),
                    _ => Value::None,
                },
                _ => Value::None,
            };
            Ok(vm.new_tuple(vec![t, e, tb]))
        }
        _ => Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None])),
    }
}

fn exception(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "exception")?;
    Ok(vm.current_exc().unwrap_or(Value::None))
}

// ----- strings -----------------------------------------------------------------------------

fn intern(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "intern")?;
    match &v {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => {
            if !o.class().is(&vm.types.str) {
                let tn = vm.type_name(&v);
                return Err(vm.type_error(format!("can't intern {tn}")));
            }
            let s = vm.str_of(o);
            Ok(Value::Obj(vm.intern(&s)))
        }
        _ => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!("intern() argument must be str, not {tn}")))
        }
    }
}

fn getdefaultencoding(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "getdefaultencoding")?;
    Ok(vm.new_str("utf-8"))
}

fn getfilesystemencoding(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "getfilesystemencoding")?;
    Ok(vm.new_str("utf-8"))
}

fn getfilesystemencodeerrors(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "getfilesystemencodeerrors")?;
    Ok(vm.new_str("surrogateescape"))
}

fn get_int_max_str_digits(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "get_int_max_str_digits")?;
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, a: Args) -> PyResult<Value> {
    const NAME: &str = "set_int_max_str_digits";
    let pos = a.pos();
    if pos.len() > 1 {
        return Err(vm.type_error(format!("{NAME}() takes at most 1 argument ({} given)", pos.len())));
    }
    let mut value = pos.first().cloned();
    for (k, v) in a.kwargs() {
        let key = match k {
            Value::Obj(o) => vm.str_of(o),
            _ => String::new(),
        };
        if key != "maxdigits" {
            return Err(vm.type_error(format!("{NAME}() got an unexpected keyword argument '{key}'")));
        }
        if value.is_some() {
            return Err(vm.type_error(format!("argument for {NAME}() given by name ('maxdigits') and position (1)")));
        }
        value = Some(v.clone());
    }
    let Some(v) = value else {
        return Err(vm.type_error(format!("{NAME}() missing required argument 'maxdigits' (pos 1)")));
    };
    let n = match vm.to_index(&v)? {
        Int::Small(i) => i,
        Int::Big(_) => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    };
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

// ----- getsizeof ---------------------------------------------------------------------------

/// Whether CPython's type for this object is garbage-collected (a 16-byte GC header precedes
/// the object): classes and containers are, the atomic builtin types are not.
fn is_gc(vm: &Vm, cls: &ObjRef) -> bool {
    if type_data(cls).has(tflags::HEAPTYPE) {
        return true;
    }
    let t = &vm.types;
    let atomic = [
        &t.object,
        &t.int,
        &t.bool_,
        &t.float,
        &t.complex,
        &t.str,
        &t.bytes,
        &t.bytearray,
        &t.range,
        &t.range_iterator,
        &t.none_type,
        &t.not_implemented_type,
        &t.ellipsis_type,
        &t.code,
    ];
    !atomic.iter().any(|a| a.is(cls))
}

/// Whether instances keep their `__dict__` pointer before the object (CPython 3.11's
/// "managed dict" of heap types whose base has no dict slot of its own).
fn has_managed_dict(cls: &ObjRef) -> bool {
    let td = type_data(cls);
    td.has(tflags::HEAPTYPE) && td.instance_dict && !matches!(td.layout, Layout::Exception | Layout::Function | Layout::Module | Layout::Type)
}

fn sizeof(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(method) = attr::lookup_special(vm, v, "__sizeof__") else {
        let cls = vm.type_of(v);
        let n = rpy_vm::protocol::repr::type_qualified_name(vm, &cls);
        return Err(vm.type_error(format!("Type {n} doesn't define __sizeof__")));
    };
    let r = vm.call(&method, &[v.clone()])?;
    let size = match as_int(&r) {
        Some(Int::Small(i)) => i,
        Some(Int::Big(b)) => {
            use num_traits::Signed;
            if b.is_negative() {
                return Err(vm.value_error("__sizeof__() should return >= 0"));
            }
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
        }
        None => return Err(vm.type_error("an integer is required")),
    };
    if size < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    let cls = vm.type_of(v);
    let header = 16 * is_gc(vm, &cls) as i64 + 16 * has_managed_dict(&cls) as i64;
    Ok(Value::Int(size + header))
}

fn getsizeof(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let n = pos.len() + a.kwnames.len();
    if n > 2 {
        return Err(vm.type_error(format!("getsizeof() takes at most 2 arguments ({n} given)")));
    }
    let mut object = pos.first().cloned();
    let mut default = pos.get(1).cloned();
    for (k, v) in a.kwargs() {
        let key = match k {
            Value::Obj(o) => vm.str_of(o),
            _ => String::new(),
        };
        let (slot, idx) = match key.as_str() {
            "object" => (&mut object, 1),
            "default" => (&mut default, 2),
            _ => return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for getsizeof()"))),
        };
        if slot.is_some() {
            return Err(vm.type_error(format!("argument for getsizeof() given by name ('{key}') and position ({idx})")));
        }
        *slot = Some(v.clone());
    }
    let Some(object) = object else {
        return Err(vm.type_error("getsizeof() missing required argument 'object' (pos 1)"));
    };
    match sizeof(vm, &object) {
        Ok(v) => Ok(v),
        Err(e) => {
            let te = vm.types.type_error.clone();
            match default {
                Some(d) if e.0.with_class(|c| rpy_vm::objects::typeobj::is_subtype(c, &te)) => Ok(d),
                _ => Err(e),
            }
        }
    }
}

// ----- threads and tracing -----------------------------------------------------------------

fn getswitchinterval(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "getswitchinterval")?;
    Ok(Value::Float(crate::state::with(vm, |s| s.switch_interval.unwrap_or(0.005))))
}

fn setswitchinterval(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "setswitchinterval")?;
    let x = vm.to_f64(&v)?;
    if x <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    // CPython keeps the interval in whole microseconds
    let us = (x * 1e6) as u64;
    let stored = if us == 0 { 1e-6 } else { us as f64 / 1e6 };
    crate::state::with(vm, |s| s.switch_interval = Some(stored));
    Ok(Value::None)
}

fn call_tracing(vm: &mut Vm, a: Args) -> PyResult<Value> {
    positional(vm, &a, "call_tracing", 2, 2)?;
    let func = a.values[0].clone();
    let args = match &a.values[1] {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => match &o.payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        },
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("call_tracing() argument 2 must be tuple, not {tn}")));
        }
    };
    vm.call(&func, &args)
}

pub static FUNCS: &[MethodDef] = &[
    MethodDef { name: "exit", func: exit, flags: 0, sig: "($module, status=None, /)", doc: "Exit the interpreter by raising SystemExit(status).\n\nIf the status is omitted or None, it defaults to zero (i.e., success).\nIf the status is an integer, it will be used as the system exit status.\nIf it is another kind of object, it will be printed and the system\nexit status will be one (i.e., failure)." },
    MethodDef { name: "getrecursionlimit", func: getrecursionlimit, flags: 0, sig: "($module, /)", doc: "Return the current value of the recursion limit.\n\nThe recursion limit is the maximum depth of the Python interpreter\nstack.  This limit prevents infinite recursion from causing an overflow\nof the C stack and crashing Python." },
    MethodDef { name: "setrecursionlimit", func: setrecursionlimit, flags: 0, sig: "($module, limit, /)", doc: "Set the maximum depth of the Python interpreter stack to n.\n\nThis limit prevents infinite recursion from causing an overflow of the C\nstack and crashing Python.  The highest possible limit is platform-\ndependent." },
    MethodDef { name: "exc_info", func: exc_info, flags: 0, sig: "($module, /)", doc: "Return current exception information: (type, value, traceback).\n\nReturn information about the most recent exception caught by an except\nclause in the current stack frame or in an older stack frame." },
    MethodDef { name: "exception", func: exception, flags: 0, sig: "($module, /)", doc: "Return the current exception.\n\nReturn the most recent exception caught by an except clause\nin the current stack frame or in an older stack frame, or None\nif no such exception exists." },
    MethodDef { name: "intern", func: intern, flags: 0, sig: "($module, string, /)", doc: "``Intern'' the given string.\n\nThis enters the string in the (global) table of interned strings whose\npurpose is to speed up dictionary lookups. Return the string itself or\nthe previously interned string object with the same value." },
    MethodDef { name: "getsizeof", func: getsizeof, flags: 0, sig: "", doc: "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes." },
    MethodDef { name: "getdefaultencoding", func: getdefaultencoding, flags: 0, sig: "($module, /)", doc: "Return the current default encoding used by the Unicode implementation." },
    MethodDef { name: "getfilesystemencoding", func: getfilesystemencoding, flags: 0, sig: "($module, /)", doc: "Return the encoding used to convert Unicode filenames to OS filenames." },
    MethodDef { name: "getfilesystemencodeerrors", func: getfilesystemencodeerrors, flags: 0, sig: "($module, /)", doc: "Return the error mode used Unicode to OS filename conversion." },
    MethodDef { name: "get_int_max_str_digits", func: get_int_max_str_digits, flags: 0, sig: "($module, /)", doc: "Return the maximum string digits limit for non-binary int<->str conversions." },
    MethodDef { name: "set_int_max_str_digits", func: set_int_max_str_digits, flags: 0, sig: "($module, /, maxdigits)", doc: "Set the maximum string digits limit for non-binary int<->str conversions." },
    MethodDef { name: "getswitchinterval", func: getswitchinterval, flags: 0, sig: "($module, /)", doc: "Return the current thread switch interval; see sys.setswitchinterval()." },
    MethodDef { name: "setswitchinterval", func: setswitchinterval, flags: 0, sig: "($module, interval, /)", doc: "Set the ideal thread switching delay inside the Python interpreter.\n\nThe actual frequency of switching threads can be lower if the\ninterpreter executes long sequences of uninterruptible code\n(this is implementation-specific and workload-dependent).\n\nThe parameter must represent the desired switching delay in seconds\nA typical value is 0.005 (5 milliseconds)." },
    MethodDef { name: "call_tracing", func: call_tracing, flags: 0, sig: "($module, func, args, /)", doc: "Call func(*args), while tracing is enabled.\n\nThe tracing state is saved, and restored afterwards.  This is intended\nto be called from a debugger from a checkpoint, to recursively debug\nsome other code." },
];
