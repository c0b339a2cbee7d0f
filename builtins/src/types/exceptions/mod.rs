//! `BaseException`: construction, `args`, `str`/`repr`, traceback and chaining attributes,
//! notes and pickling support; registers the subclass-specific behaviour of the other files.

mod group;
mod oserror;
mod simple;
mod syntax;
mod unicode;

use crate::args;
use rpy_vm::objects::exception::ExcData;
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::objects::typeobj::type_data;
use rpy_vm::protocol::{attr, dictops, repr, seq};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;

/// The exception state of `o` (every instance of a BaseException subclass has it).
pub(crate) fn data(o: &ObjRef) -> Option<&RefCell<ExcData>> {
    match &o.payload {
        Payload::Exception(d) => Some(d),
        _ => None,
    }
}

/// `self` of an exception method, checked to carry exception state.
pub(crate) fn this_exc(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(o.clone()),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'BaseException' object but received a '{tn}'")))
        }
    }
}

/// The args tuple items of an exception.
pub(crate) fn args_of(o: &ObjRef) -> Vec<Value> {
    rpy_vm::protocol::exceptions::exc_args(o)
}

/// Sets the args of an exception to a tuple of `items`.
pub(crate) fn set_args(vm: &mut Vm, o: &ObjRef, items: Vec<Value>) {
    let t = vm.new_tuple(items);
    if let Some(d) = data(o) {
        let old = std::mem::replace(&mut d.borrow_mut().args, t);
        drop(old);
    }
}

/// Attributes CPython keeps as exception struct members live in the instance dict under
/// their own names here (read with `vm.get_attr_raw`). Stores (`Some`) or removes (`None`) an instance-dict attribute.
pub(crate) fn store(vm: &mut Vm, o: &ObjRef, name: &str, v: Option<Value>) -> PyResult<()> {
    match v {
        Some(v) => vm.set_attr_raw(o, name, v),
        None => {
            if let Some(d) = o.ext.as_ref().and_then(|e| e.dict.get()) {
                let k = vm.new_str(name);
                dictops::dict_pop(vm, &d, &k)?;
            }
        }
    }
    Ok(())
}

/// Defines a getter/setter pair for an attribute kept in the instance dict that reads as
/// `None` when unset (a `T_OBJECT` member in CPython).
macro_rules! dict_member {
    ($get:ident, $set:ident, $key:literal) => {
        fn $get(vm: &mut rpy_vm::Vm, v: &rpy_vm::Value) -> rpy_vm::PyResult<rpy_vm::Value> {
            Ok(match v {
                rpy_vm::Value::Obj(o) => vm.get_attr_raw(o, $key).unwrap_or(rpy_vm::Value::None),
                _ => rpy_vm::Value::None,
            })
        }
        fn $set(vm: &mut rpy_vm::Vm, v: &rpy_vm::Value, new: Option<rpy_vm::Value>) -> rpy_vm::PyResult<()> {
            if let rpy_vm::Value::Obj(o) = v {
                $crate::types::exceptions::store(vm, o, $key, new)?;
            }
            Ok(())
        }
    };
}
pub(crate) use dict_member;

/// `_PyArg_NoKeywords`: "X() takes no keyword arguments" with the type's name.
pub(crate) fn no_kwargs(vm: &mut Vm, a: &Args, tname: &str) -> PyResult<()> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{tname}() takes no keyword arguments")));
    }
    Ok(())
}

/// `type(self).__name__`.
pub(crate) fn tname(vm: &Vm, v: &Value) -> String {
    vm.type_name(v)
}

/// Allocates an exception instance of `cls` with `args` (the core of `BaseException.__new__`).
pub(crate) fn alloc_exc(vm: &mut Vm, cls: &ObjRef, args: Vec<Value>) -> ObjRef {
    let t = vm.new_tuple(args);
    crate::types::object::alloc(vm, cls, Payload::Exception(RefCell::new(ExcData::new(t))))
}

fn exc_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let base = vm.types.base_exception.clone();
    let cls = crate::types::object::new_cls(vm, &a, &base, "BaseException")?;
    let items = a.pos()[1..].to_vec();
    Ok(Value::Obj(alloc_exc(vm, &cls, items)))
}

fn exc_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = this_exc(vm, &a.values[0])?;
    let n = tname(vm, &a.values[0]);
    no_kwargs(vm, &a, &n)?;
    set_args(vm, &o, a.pos()[1..].to_vec());
    Ok(Value::None)
}

/// `BaseException.__str__` on an exception object.
pub(crate) fn base_str(vm: &mut Vm, o: &ObjRef) -> PyResult<Value> {
    let items = args_of(o);
    match items.len() {
        0 => Ok(vm.new_str("")),
        1 => vm.to_str(&items[0]),
        _ => {
            let t = match data(o) {
                Some(d) => d.borrow().args.clone(),
                None => Value::None,
            };
            vm.to_str(&t)
        }
    }
}

fn exc_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__str__")?;
    let o = this_exc(vm, &a.values[0])?;
    base_str(vm, &o)
}

fn exc_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let o = this_exc(vm, &a.values[0])?;
    let name = o.with_class(|c| type_data(c).name.borrow().clone());
    let name = name.rsplit('.').next().unwrap_or("").to_string();
    let items = args_of(&o);
    let s = if items.len() == 1 {
        format!("{name}({})", repr::repr(vm, &items[0])?)
    } else {
        let t = data(&o).map(|d| d.borrow().args.clone()).unwrap_or(Value::None);
        format!("{name}{}", repr::repr(vm, &t)?)
    };
    Ok(vm.new_string(s))
}

fn check_traceback(vm: &mut Vm, tb: &Value) -> PyResult<Option<ObjRef>> {
    match tb {
        Value::None => Ok(None),
        Value::Obj(t) if matches!(t.payload, Payload::Traceback(_)) => Ok(Some(t.clone())),
        _ => Err(vm.type_error("__traceback__ must be a traceback or None")),
    }
}

fn exc_with_traceback(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let tb = args::one_arg(vm, &a, "BaseException.with_traceback")?;
    let o = this_exc(vm, &a.values[0])?;
    let tb = check_traceback(vm, &tb)?;
    if let Some(d) = data(&o) {
        let old = std::mem::replace(&mut d.borrow_mut().traceback, tb);
        drop(old);
    }
    Ok(a.values[0].clone())
}

fn exc_add_note(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let note = args::one_arg(vm, &a, "BaseException.add_note")?;
    if !vm.is_instance_of(&note, &vm.types.str.clone()) {
        let tn = vm.type_name(&note);
        return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
    }
    let this = a.values[0].clone();
    let key = vm.intern("__notes__");
    let notes = match attr::getattr_opt(vm, &this, &key)? {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            attr::setattr(vm, &this, &key, Some(l))?;
            attr::getattr(vm, &this, &key)?
        }
    };
    match &notes {
        Value::Obj(l) if matches!(l.payload, Payload::List(_)) => {
            if let Payload::List(items) = &l.payload {
                items.borrow_mut().push(note);
            }
            Ok(Value::None)
        }
        _ => Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
}

/// The names of the attributes this implementation keeps in the instance dict of `o` that
/// CPython stores in the exception struct (they are not part of the pickled state).
pub(crate) fn hidden_keys(vm: &Vm, o: &ObjRef) -> Vec<&'static str> {
    let t = &vm.types;
    let table: [(&ObjRef, &[&'static str]); 9] = [
        (&t.stop_iteration, &["value"]),
        (&t.system_exit, &["code"]),
        (&t.import_error, &["msg", "name", "path"]),
        (&t.attribute_error, &["name", "obj"]),
        (&t.name_error, &["name"]),
        (&t.os_error, &["errno", "strerror", "filename", "filename2", "characters_written"]),
        (&t.syntax_error, &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]),
        (&t.unicode_error, &["encoding", "object", "start", "end", "reason"]),
        (&t.base_exception_group, &["message", "exceptions"]),
    ];
    let mut out = Vec::new();
    for (ty, keys) in table {
        if o.with_class(|c| rpy_vm::objects::typeobj::is_subtype(c, ty)) {
            out.extend_from_slice(keys);
        }
    }
    out
}

/// The instance dict without the hidden member attributes, or None when that is empty.
pub(crate) fn visible_state(vm: &mut Vm, o: &ObjRef) -> Option<ObjRef> {
    let d = o.ext.as_ref().and_then(|e| e.dict.get())?;
    let items = match &d.payload {
        Payload::Dict(dd) => dd.borrow().items(),
        _ => return None,
    };
    let hidden = hidden_keys(vm, o);
    let out = vm.new_dict_obj();
    let mut any = false;
    for (k, v) in items {
        if let Value::Obj(ko) = &k {
            if matches!(ko.payload, Payload::Str(_)) && hidden.contains(&vm.str_of(ko).as_str()) {
                continue;
            }
        }
        if let Payload::Dict(od) = &out.payload {
            if let Value::Obj(ko) = &k {
                if matches!(ko.payload, Payload::Str(_)) {
                    od.borrow_mut().set_str(ko.clone(), v);
                    any = true;
                    continue;
                }
            }
        }
        let _ = dictops::dict_setitem(vm, &out, k, v);
        any = true;
    }
    if any {
        Some(out)
    } else {
        None
    }
}

/// `(type(self), args[, state])`.
pub(crate) fn reduce_with(vm: &mut Vm, o: &ObjRef, args: Value, state: Option<ObjRef>) -> Value {
    let cls = Value::Obj(o.class());
    match state {
        Some(d) => vm.new_tuple(vec![cls, args, Value::Obj(d)]),
        None => vm.new_tuple(vec![cls, args]),
    }
}

fn exc_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__reduce__")?;
    let o = this_exc(vm, &a.values[0])?;
    let t = data(&o).map(|d| d.borrow().args.clone()).unwrap_or(Value::None);
    let state = visible_state(vm, &o);
    Ok(reduce_with(vm, &o, t, state))
}

fn exc_setstate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let state = args::one_arg(vm, &a, "__setstate__")?;
    if state.is_none() {
        return Ok(Value::None);
    }
    let items = match &state {
        Value::Obj(d) => match &d.payload {
            Payload::Dict(dd) => dd.borrow().items(),
            _ => return Err(vm.type_error("state is not a dictionary")),
        },
        _ => return Err(vm.type_error("state is not a dictionary")),
    };
    let this = a.values[0].clone();
    for (k, v) in items {
        let Some(name) = args::str_obj(&k).cloned() else {
            let tn = vm.type_name(&k);
            return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
        };
        let name = vm.intern(&vm.str_of(&name));
        attr::setattr(vm, &this, &name, Some(v))?;
    }
    Ok(Value::None)
}

fn get_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = this_exc(vm, v)?;
    Ok(data(&o).map(|d| d.borrow().args.clone()).unwrap_or(Value::None))
}

fn set_args_attr(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = this_exc(vm, v)?;
    let Some(new) = new else { return Err(vm.type_error("args may not be deleted")) };
    let items = seq::to_vec(vm, &new)?;
    set_args(vm, &o, items);
    Ok(())
}

fn get_traceback(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = this_exc(vm, v)?;
    Ok(data(&o).and_then(|d| d.borrow().traceback.clone()).map(Value::Obj).unwrap_or(Value::None))
}

fn set_traceback(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = this_exc(vm, v)?;
    let Some(new) = new else { return Err(vm.type_error("__traceback__ may not be deleted")) };
    let tb = check_traceback(vm, &new)?;
    if let Some(d) = data(&o) {
        let old = std::mem::replace(&mut d.borrow_mut().traceback, tb);
        drop(old);
    }
    Ok(())
}

fn get_context(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = this_exc(vm, v)?;
    Ok(data(&o).and_then(|d| d.borrow().context.clone()).unwrap_or(Value::None))
}

/// Validates a `__cause__`/`__context__` value: None or an exception instance.
fn chain_value(vm: &mut Vm, new: Value, what: &str) -> PyResult<Option<Value>> {
    if new.is_none() {
        return Ok(None);
    }
    if !vm.is_instance_of(&new, &vm.types.base_exception.clone()) {
        return Err(vm.type_error(format!("exception {what} must be None or derive from BaseException")));
    }
    Ok(Some(new))
}

fn set_context(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = this_exc(vm, v)?;
    let Some(new) = new else { return Err(vm.type_error("__context__ may not be deleted")) };
    let c = chain_value(vm, new, "context")?;
    if let Some(d) = data(&o) {
        let old = std::mem::replace(&mut d.borrow_mut().context, c);
        drop(old);
    }
    Ok(())
}

fn get_cause(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = this_exc(vm, v)?;
    Ok(data(&o).and_then(|d| d.borrow().cause.clone()).unwrap_or(Value::None))
}

fn set_cause(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = this_exc(vm, v)?;
    let Some(new) = new else { return Err(vm.type_error("__cause__ may not be deleted")) };
    let c = chain_value(vm, new, "cause")?;
    if let Some(d) = data(&o) {
        let old = {
            let mut b = d.borrow_mut();
            b.suppress_context = true;
            std::mem::replace(&mut b.cause, c)
        };
        drop(old);
    }
    Ok(())
}

fn get_suppress(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = this_exc(vm, v)?;
    Ok(Value::Bool(data(&o).map(|d| d.borrow().suppress_context).unwrap_or(false)))
}

fn set_suppress(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = this_exc(vm, v)?;
    match new {
        Some(Value::Bool(b)) => {
            if let Some(d) = data(&o) {
                d.borrow_mut().suppress_context = b;
            }
            Ok(())
        }
        Some(_) => Err(vm.type_error("attribute value type must be bool")),
        None => Err(vm.type_error("can't delete numeric/char attribute")),
    }
}

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: exc_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef {
        name: "__init__",
        func: exc_init,
        flags: 0,
        sig: "($self, /, *args, **kwargs)",
        doc: "Initialize self.  See help(type(self)) for accurate signature.",
    },
    MethodDef { name: "__str__", func: exc_str, flags: 0, sig: "($self, /)", doc: "Return str(self)." },
    MethodDef { name: "__repr__", func: exc_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__reduce__", func: exc_reduce, flags: 0, sig: "", doc: "" },
    MethodDef { name: "__setstate__", func: exc_setstate, flags: 0, sig: "", doc: "" },
    MethodDef {
        name: "with_traceback",
        func: exc_with_traceback,
        flags: 0,
        sig: "",
        doc: "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.",
    },
    MethodDef { name: "add_note", func: exc_add_note, flags: 0, sig: "", doc: "Exception.add_note(note) --\n    add a note to the exception" },
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "args", get: get_args, set: Some(set_args_attr), doc: "" },
    GetSetDef { name: "__traceback__", get: get_traceback, set: Some(set_traceback), doc: "" },
    GetSetDef { name: "__context__", get: get_context, set: Some(set_context), doc: "exception context" },
    GetSetDef { name: "__cause__", get: get_cause, set: Some(set_cause), doc: "exception cause" },
    GetSetDef { name: "__suppress_context__", get: get_suppress, set: Some(set_suppress), doc: "" },
];

static DOCS: &[(&str, &str)] = &[
    ("BaseException", "Common base class for all exceptions"),
    ("BaseExceptionGroup", "A combination of multiple unrelated exceptions."),
    ("Exception", "Common base class for all non-exit exceptions."),
    ("GeneratorExit", "Request that a generator exit."),
    ("KeyboardInterrupt", "Program interrupted by user."),
    ("SystemExit", "Request to exit from the interpreter."),
    ("ArithmeticError", "Base class for arithmetic errors."),
    ("AssertionError", "Assertion failed."),
    ("AttributeError", "Attribute not found."),
    ("BufferError", "Buffer error."),
    ("EOFError", "Read beyond end of file."),
    ("ImportError", "Import can't find module, or can't find name in module."),
    ("LookupError", "Base class for lookup errors."),
    ("MemoryError", "Out of memory."),
    ("NameError", "Name not found globally."),
    ("OSError", "Base class for I/O related errors."),
    ("ReferenceError", "Weak ref proxy used after referent went away."),
    ("RuntimeError", "Unspecified run-time error."),
    ("StopAsyncIteration", "Signal the end from iterator.__anext__()."),
    ("StopIteration", "Signal the end from iterator.__next__()."),
    ("SyntaxError", "Invalid syntax."),
    ("SystemError", "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version."),
    ("TypeError", "Inappropriate argument type."),
    ("ValueError", "Inappropriate argument value (of correct type)."),
    ("Warning", "Base class for warning categories."),
    ("FloatingPointError", "Floating point operation failed."),
    ("OverflowError", "Result too large to be represented."),
    ("ZeroDivisionError", "Second argument to a division or modulo operation was zero."),
    ("BytesWarning", "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str."),
    ("DeprecationWarning", "Base class for warnings about deprecated features."),
    ("EncodingWarning", "Base class for warnings about encodings."),
    ("FutureWarning", "Base class for warnings about constructs that will change semantically\nin the future."),
    ("ImportWarning", "Base class for warnings about probable mistakes in module imports"),
    ("PendingDeprecationWarning", "Base class for warnings about features which will be deprecated\nin the future."),
    ("ResourceWarning", "Base class for warnings about resource usage."),
    ("RuntimeWarning", "Base class for warnings about dubious runtime behavior."),
    ("SyntaxWarning", "Base class for warnings about dubious syntax."),
    ("UnicodeWarning", "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems."),
    ("UserWarning", "Base class for warnings generated by user code."),
    ("BlockingIOError", "I/O operation would block."),
    ("ChildProcessError", "Child process error."),
    ("ConnectionError", "Connection error."),
    ("FileExistsError", "File already exists."),
    ("FileNotFoundError", "File not found."),
    ("InterruptedError", "Interrupted by signal."),
    ("IsADirectoryError", "Operation doesn't work on directories."),
    ("NotADirectoryError", "Operation only works on directories."),
    ("PermissionError", "Not enough permissions."),
    ("ProcessLookupError", "Process not found."),
    ("TimeoutError", "Timeout expired."),
    ("IndentationError", "Improper indentation."),
    ("IndexError", "Sequence index out of range."),
    ("KeyError", "Mapping key not found."),
    ("ModuleNotFoundError", "Module not found."),
    ("NotImplementedError", "Method or function hasn't been implemented yet."),
    ("RecursionError", "Recursion limit exceeded."),
    ("UnboundLocalError", "Local name referenced but not bound to a value."),
    ("UnicodeError", "Unicode related error."),
    ("BrokenPipeError", "Broken pipe."),
    ("ConnectionAbortedError", "Connection aborted."),
    ("ConnectionRefusedError", "Connection refused."),
    ("ConnectionResetError", "Connection reset."),
    ("TabError", "Improper mixture of spaces and tabs."),
    ("UnicodeDecodeError", "Unicode decoding error."),
    ("UnicodeEncodeError", "Unicode encoding error."),
    ("UnicodeTranslateError", "Unicode translation error."),
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.base_exception.clone();
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
    vm.add_getsets(&t, crate::types::object::DICT_GETSET);
    simple::init(vm);
    oserror::init(vm);
    syntax::init(vm);
    unicode::init(vm);
    group::init(vm);
    let types: Vec<ObjRef> = vm.types.exception_types().into_iter().cloned().collect();
    for ty in types {
        let name = type_data(&ty).name.borrow().clone();
        let doc = match DOCS.iter().find(|(n, _)| *n == name) {
            Some((_, d)) => vm.new_str(d),
            None => Value::None,
        };
        vm.type_set_attr(&ty, "__doc__", doc);
    }
}
