//! BaseExceptionGroup / ExceptionGroup: construction with CPython's validation, `message`,
//! `exceptions`, `derive`, `split`, `subgroup` and `__str__`.

use super::{alloc_exc, data, no_kwargs, set_args, store, this_exc};
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::objects::typeobj::{is_subtype, type_data};
use rpy_vm::protocol::{attr, seq};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

fn is_sequence(vm: &Vm, v: &Value) -> bool {
    if vm.is_instance_of(v, &vm.types.dict) {
        return false;
    }
    attr::lookup_special(vm, v, "__getitem__").is_some()
}

fn eg_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let base = vm.types.base_exception_group.clone();
    let mut cls = crate::types::object::new_cls(vm, &a, &base, "BaseExceptionGroup")?;
    let tn = type_data(&cls).name.borrow().clone();
    no_kwargs(vm, &a, &tn)?;
    let items = a.pos()[1..].to_vec();
    if items.len() != 2 {
        return Err(vm.type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", items.len())));
    }
    let message = items[0].clone();
    if !vm.is_instance_of(&message, &vm.types.str.clone()) {
        let tn = if message.is_none() { "None".to_string() } else { vm.type_name(&message) };
        return Err(vm.type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {tn}")));
    }
    if !is_sequence(vm, &items[1]) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = seq::to_vec(vm, &items[1])?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exc_t = vm.types.exception.clone();
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        if !matches!(e, Value::Obj(o) if matches!(o.payload, Payload::Exception(_))) {
            return Err(vm.value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        if !vm.is_instance_of(e, &exc_t) {
            nested_base = true;
        }
    }
    if cls.is(&vm.types.exception_group) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if cls.is(&vm.types.base_exception_group) {
        if !nested_base {
            cls = vm.types.exception_group.clone();
        }
    } else if nested_base && is_subtype(&cls, &exc_t) {
        let n = type_data(&cls).name.borrow().clone();
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{n}'")));
    }
    let o = alloc_exc(vm, &cls, items);
    store(vm, &o, "message", Some(message))?;
    let t = vm.new_tuple(excs);
    store(vm, &o, "exceptions", Some(t))?;
    Ok(Value::Obj(o))
}

fn eg_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = this_exc(vm, &a.values[0])?;
    let tn = vm.type_name(&a.values[0]);
    no_kwargs(vm, &a, &tn)?;
    set_args(vm, &o, a.pos()[1..].to_vec());
    Ok(Value::None)
}

fn message_of(vm: &Vm, o: &ObjRef) -> Value {
    vm.get_attr_raw(o, "message").unwrap_or(Value::None)
}

fn excs_of(vm: &Vm, o: &ObjRef) -> Vec<Value> {
    match vm.get_attr_raw(o, "exceptions") {
        Some(Value::Obj(t)) => match &t.payload {
            Payload::Tuple(items) => items.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn is_group(vm: &Vm, v: &Value) -> bool {
    vm.is_instance_of(v, &vm.types.base_exception_group)
}

fn eg_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::args::no_args(vm, &a, "__str__")?;
    let o = this_exc(vm, &a.values[0])?;
    let m = message_of(vm, &o);
    let m = vm.to_string(&m)?;
    let n = excs_of(vm, &o).len();
    Ok(vm.new_string(format!("{m} ({n} sub-exception{})", if n > 1 { "s" } else { "" })))
}

fn eg_derive(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::args::no_kwargs(vm, &a, "derive")?;
    let n = a.len() - 1;
    if n != 1 {
        return Err(vm.type_error(format!("function takes exactly 1 argument ({n} given)")));
    }
    let o = this_exc(vm, &a.values[0])?;
    let m = message_of(vm, &o);
    let beg = Value::Obj(vm.types.base_exception_group.clone());
    vm.call(&beg, &[m, a.values[1].clone()])
}

enum Matcher {
    Type(Value),
    Predicate(Value),
}

fn is_exc_class(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && is_subtype(o, &vm.types.base_exception))
}

fn matcher(vm: &mut Vm, v: &Value) -> PyResult<Matcher> {
    if matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Function(_))) {
        return Ok(Matcher::Predicate(v.clone()));
    }
    if is_exc_class(vm, v) {
        return Ok(Matcher::Type(v.clone()));
    }
    if let Value::Obj(o) = v {
        if o.class().is(&vm.types.tuple) {
            if let Payload::Tuple(items) = &o.payload {
                if items.iter().all(|t| is_exc_class(vm, t)) {
                    return Ok(Matcher::Type(v.clone()));
                }
            }
        }
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn type_matches(vm: &Vm, exc: &Value, ty: &Value) -> bool {
    match ty {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(items) => items.iter().any(|t| type_matches(vm, exc, t)),
            Payload::Type(_) => vm.is_instance_of(exc, o),
            _ => false,
        },
        _ => false,
    }
}

fn check_match(vm: &mut Vm, exc: &Value, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => Ok(type_matches(vm, exc, t)),
        Matcher::Predicate(f) => {
            let r = vm.call(f, &[exc.clone()])?;
            vm.truthy(&r)
        }
    }
}

/// Builds the part of `orig` holding `excs` (None when empty) via `orig.derive(excs)`, copying
/// the traceback, cause, context and notes as `exceptiongroup_subset` does.
fn subset(vm: &mut Vm, orig: &ObjRef, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let lst = vm.new_list(excs);
    let ov = Value::Obj(orig.clone());
    let eg = vm.call_method(&ov, "derive", &[lst])?;
    if !is_group(vm, &eg) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let Value::Obj(ego) = &eg else { return Ok(Some(eg)) };
    if let (Some(fd), Some(td)) = (data(orig), data(ego)) {
        let (tb, ctx, cause) = {
            let f = fd.borrow();
            (f.traceback.clone(), f.context.clone(), f.cause.clone())
        };
        let mut t = td.borrow_mut();
        if tb.is_some() {
            t.traceback = tb;
        }
        t.context = ctx;
        t.cause = cause;
        t.suppress_context = true;
    }
    let key = vm.intern("__notes__");
    if let Some(notes) = attr::getattr_opt(vm, &ov, &key)? {
        if is_sequence(vm, &notes) {
            let items = seq::to_vec(vm, &notes)?;
            let copy = vm.new_list(items);
            attr::setattr(vm, &eg, &key, Some(copy))?;
        }
    }
    Ok(Some(eg))
}

/// `exceptiongroup_split_recursive`: (match, rest).
fn split_rec(vm: &mut Vm, exc: &Value, m: &Matcher, construct_rest: bool) -> PyResult<(Option<Value>, Option<Value>)> {
    if check_match(vm, exc, m)? {
        return Ok((Some(exc.clone()), None));
    }
    if !is_group(vm, exc) {
        return Ok((None, if construct_rest { Some(exc.clone()) } else { None }));
    }
    let Value::Obj(eg) = exc else { return Ok((None, None)) };
    // Py_EnterRecursiveCall: nesting counts against the recursion limit
    if vm.depth >= vm.recursion_limit || rpy_vm::stack::remaining() < 256 * 1024 {
        let t = vm.types.recursion_error.clone();
        return Err(vm.new_error(&t, "maximum recursion depth exceeded in exceptiongroup_split_recursive"));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    vm.depth += 1;
    let mut failed = None;
    for e in excs_of(vm, eg) {
        match split_rec(vm, &e, m, construct_rest) {
            Ok((mm, rr)) => {
                if let Some(x) = mm {
                    matched.push(x);
                }
                if let Some(x) = rr {
                    rest.push(x);
                }
            }
            Err(err) => {
                failed = Some(err);
                break;
            }
        }
    }
    vm.depth -= 1;
    if let Some(err) = failed {
        return Err(err);
    }
    let mv = subset(vm, eg, matched)?;
    let rv = if construct_rest { subset(vm, eg, rest)? } else { None };
    Ok((mv, rv))
}

fn eg_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::args::no_kwargs(vm, &a, "split")?;
    let n = a.len() - 1;
    if n != 1 {
        return Err(vm.type_error(format!("split expected 1 argument, got {n}")));
    }
    this_exc(vm, &a.values[0])?;
    let m = matcher(vm, &a.values[1])?;
    let (mv, rv) = split_rec(vm, &a.values[0], &m, true)?;
    Ok(vm.new_tuple(vec![mv.unwrap_or(Value::None), rv.unwrap_or(Value::None)]))
}

fn eg_subgroup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::args::no_kwargs(vm, &a, "subgroup")?;
    let n = a.len() - 1;
    if n != 1 {
        return Err(vm.type_error(format!("subgroup expected 1 argument, got {n}")));
    }
    this_exc(vm, &a.values[0])?;
    let m = matcher(vm, &a.values[1])?;
    let (mv, _) = split_rec(vm, &a.values[0], &m, false)?;
    Ok(mv.unwrap_or(Value::None))
}

fn eg_class_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let item = crate::args::one_arg(vm, &a, "__class_getitem__")?;
    crate::types::misc::generic_alias(vm, &a.values[0], item)
}

fn readonly(vm: &mut Vm, _v: &Value, _new: Option<Value>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

fn get_message(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = this_exc(vm, v)?;
    Ok(message_of(vm, &o))
}

fn get_exceptions(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = this_exc(vm, v)?;
    Ok(vm.get_attr_raw(&o, "exceptions").unwrap_or(Value::None))
}

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: eg_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef {
        name: "__init__",
        func: eg_init,
        flags: 0,
        sig: "($self, /, *args, **kwargs)",
        doc: "Initialize self.  See help(type(self)) for accurate signature.",
    },
    MethodDef { name: "__str__", func: eg_str, flags: 0, sig: "($self, /)", doc: "Return str(self)." },
    MethodDef { name: "derive", func: eg_derive, flags: 0, sig: "", doc: "" },
    MethodDef { name: "split", func: eg_split, flags: 0, sig: "", doc: "" },
    MethodDef { name: "subgroup", func: eg_subgroup, flags: 0, sig: "", doc: "" },
    MethodDef { name: "__class_getitem__", func: eg_class_getitem, flags: mflags::CLASS, sig: "", doc: "See PEP 585" },
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "message", get: get_message, set: Some(readonly), doc: "exception message" },
    GetSetDef { name: "exceptions", get: get_exceptions, set: Some(readonly), doc: "nested exceptions" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.base_exception_group.clone();
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
}
