//! Interpreter frames: fast locals, cells, the value stack, and binding call arguments to
//! parameters with CPython's error messages.

use crate::bytecode::{flags, CodeObject};
use crate::error::PyResult;
use crate::object::{ObjRef, Payload};
use crate::objects::function::FunctionData;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Frame {
    pub code: Rc<CodeObject>,
    pub pc: usize,
    pub locals: Vec<Option<Value>>,
    pub cells: Vec<ObjRef>,
    pub stack: Vec<Value>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// the namespace mapping of module and class bodies (and exec with locals)
    pub locals_map: Option<Value>,
    /// names for the next CALL (set by KW_NAMES)
    pub kwnames: Option<ObjRef>,
    /// the frame object Python code sees, created on demand
    pub frame_obj: Option<ObjRef>,
    /// the generator owning this frame, if any
    pub is_generator: bool,
    /// for an `__init__` frame pushed by a class call: the new instance, which the call
    /// evaluates to (the return value must be None)
    pub init_self: Option<Value>,
    /// for a generator's frame running inside the loop (`FOR_ITER`): the generator
    pub gen_owner: Option<ObjRef>,
}

/// Finished frames kept for reuse: a Python call then costs no allocation. Boxed so a
/// pooled frame moves into place as one pointer.
#[allow(clippy::vec_box)]
mod pool {
    use super::Frame;
    thread_local! {
        pub(super) static POOL: std::cell::RefCell<Vec<Box<Frame>>> = const { std::cell::RefCell::new(Vec::new()) };
    }
}
use pool::POOL;

impl Frame {
    pub fn new(code: Rc<CodeObject>, globals: ObjRef, builtins: ObjRef, locals_map: Option<Value>) -> Frame {
        let nlocals = code.nlocals();
        let stack = Vec::with_capacity(code.max_stack as usize);
        Frame {
            code,
            pc: 0,
            locals: vec![None; nlocals],
            cells: Vec::new(),
            stack,
            globals,
            builtins,
            locals_map,
            kwnames: None,
            frame_obj: None,
            is_generator: false,
            init_self: None,
            gen_owner: None,
        }
    }

    /// A boxed frame, reusing a pooled one when available.
    pub fn boxed(code: Rc<CodeObject>, globals: ObjRef, builtins: ObjRef, locals_map: Option<Value>) -> Box<Frame> {
        match POOL.with(|p| p.borrow_mut().pop()) {
            Some(mut f) => {
                let nlocals = code.nlocals();
                f.locals.resize(nlocals, None);
                f.stack.reserve(code.max_stack as usize);
                f.code = code;
                f.pc = 0;
                f.globals = globals;
                f.builtins = builtins;
                f.locals_map = locals_map;
                f.is_generator = false;
                f
            }
            None => Box::new(Frame::new(code, globals, builtins, locals_map)),
        }
    }

    /// Returns a finished frame to the pool, dropping everything it referenced.
    pub fn recycle(mut f: Box<Frame>) {
        f.locals.clear();
        f.stack.clear();
        f.cells.clear();
        f.locals_map = None;
        f.kwnames = None;
        f.frame_obj = None;
        f.init_self = None;
        f.gen_owner = None;
        POOL.with(|p| {
            let mut p = p.borrow_mut();
            if p.len() < 128 {
                p.push(f);
            }
        });
    }

    pub fn line(&self) -> u32 {
        self.code.line_at(self.pc.saturating_sub(1))
    }

    /// Creates the cells for cell variables and copies in the closure's free cells.
    pub fn init_cells(&mut self, vm: &Vm, closure: Option<&ObjRef>) {
        let code = self.code.clone();
        if code.cellvars.is_empty() && code.freevars.is_empty() {
            return;
        }
        self.cells.reserve(code.ncells());
        for (i, _) in code.cellvars.iter().enumerate() {
            let init = code.cell2arg[i].and_then(|a| self.locals[a as usize].clone());
            self.cells.push(ObjRef::new(vm.types.cell.clone(), Payload::Cell(RefCell::new(init))));
        }
        if let Some(c) = closure {
            if let Payload::Tuple(t) = &c.payload {
                for v in t.iter() {
                    if let Value::Obj(o) = v {
                        self.cells.push(o.clone());
                    }
                }
            }
        }
    }
}

fn func_name(vm: &Vm, f: &FunctionData) -> String {
    match &*f.qualname.borrow() {
        Value::Obj(o) => vm.str_of(o),
        _ => "?".into(),
    }
}

/// Builds the frame for calling a Python function with vectorcall-style arguments.
pub fn bind_args(vm: &mut Vm, func: &ObjRef, fd: &FunctionData, args: &[Value], kwnames: &[Value]) -> PyResult<Box<Frame>> {
    let code = fd.code.borrow().clone();
    let mut frame = Frame::boxed(code.clone(), fd.globals.clone(), fd.builtins.clone(), None);
    let _ = func;
    let nkw = kwnames.len();
    let npos = args.len() - nkw;
    let argcount = code.argcount as usize;
    let posonly = code.posonlyargcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags & flags::VARARGS != 0;
    let has_varkw = code.flags & flags::VARKEYWORDS != 0;
    // fast path: exact positional call
    if nkw == 0 && npos == argcount && !has_varargs && !has_varkw && kwonly == 0 {
        for (i, a) in args.iter().enumerate() {
            frame.locals[i] = Some(a.clone());
        }
        frame.init_cells(vm, fd.closure.as_ref());
        return Ok(frame);
    }
    let total_named = argcount + kwonly;
    let varargs_slot = total_named;
    let varkw_slot = total_named + has_varargs as usize;
    // positional
    let n = npos.min(argcount);
    for i in 0..n {
        frame.locals[i] = Some(args[i].clone());
    }
    if has_varargs {
        let extra: Vec<Value> = if npos > argcount { args[argcount..npos].to_vec() } else { Vec::new() };
        frame.locals[varargs_slot] = Some(vm.new_tuple(extra));
    } else if npos > argcount {
        return Err(too_many_positional(vm, fd, &code, npos, nkw, args, kwnames));
    }
    let kwdict = if has_varkw {
        let d = vm.new_dict_obj();
        frame.locals[varkw_slot] = Some(Value::Obj(d.clone()));
        Some(d)
    } else {
        None
    };
    // keywords
    let mut posonly_passed_as_kw: Vec<String> = Vec::new();
    for (k, name) in kwnames.iter().enumerate() {
        let value = &args[npos + k];
        let nobj = match name {
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => o,
            _ => return Err(vm.type_error("keywords must be strings")),
        };
        let nstr = vm.str_of(nobj);
        let mut found = None;
        for (i, vn) in code.varnames[..total_named].iter().enumerate() {
            if vn.is(nobj) || vm.str_of(vn) == nstr {
                found = Some(i);
                break;
            }
        }
        match found {
            Some(i) if i >= posonly => {
                if frame.locals[i].is_some() {
                    let fname = func_name(vm, fd);
                    return Err(vm.type_error(format!("{fname}() got multiple values for argument '{nstr}'")));
                }
                frame.locals[i] = Some(value.clone());
            }
            other => {
                if let Some(d) = &kwdict {
                    crate::protocol::dictops::dict_setitem(vm, d, name.clone(), value.clone())?;
                } else if other.is_some() {
                    posonly_passed_as_kw.push(nstr);
                } else {
                    let fname = func_name(vm, fd);
                    return Err(vm.type_error(format!("{fname}() got an unexpected keyword argument '{nstr}'")));
                }
            }
        }
    }
    if !posonly_passed_as_kw.is_empty() {
        let fname = func_name(vm, fd);
        return Err(vm.type_error(format!("{fname}() got some positional-only arguments passed as keyword arguments: '{}'", posonly_passed_as_kw.join(", "))));
    }
    // defaults
    if npos < argcount {
        let defaults: Vec<Value> = match &*fd.defaults.borrow() {
            Some(t) => match &t.payload {
                Payload::Tuple(items) => items.to_vec(),
                _ => Vec::new(),
            },
            None => Vec::new(),
        };
        let first_default = argcount - defaults.len();
        let mut missing = Vec::new();
        for i in npos..argcount {
            if frame.locals[i].is_none() {
                if i >= first_default {
                    frame.locals[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(vm.str_of(&code.varnames[i]));
                }
            }
        }
        if !missing.is_empty() {
            let fname = func_name(vm, fd);
            return Err(vm.type_error(format!(
                "{fname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
    }
    if kwonly > 0 {
        let mut missing = Vec::new();
        for i in argcount..total_named {
            if frame.locals[i].is_none() {
                let name = code.varnames[i].clone();
                let dflt = match &*fd.kwdefaults.borrow() {
                    Some(d) => vm.dict_get_str(d, &vm.str_of(&name)),
                    None => None,
                };
                match dflt {
                    Some(v) => frame.locals[i] = Some(v),
                    None => missing.push(vm.str_of(&name)),
                }
            }
        }
        if !missing.is_empty() {
            let fname = func_name(vm, fd);
            return Err(vm.type_error(format!(
                "{fname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
    }
    frame.init_cells(vm, fd.closure.as_ref());
    Ok(frame)
}

fn join_names(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

fn too_many_positional(vm: &mut Vm, fd: &FunctionData, code: &CodeObject, npos: usize, nkw: usize, args: &[Value], kwnames: &[Value]) -> crate::error::PyErr {
    let fname = func_name(vm, fd);
    let argcount = code.argcount as usize;
    let ndefaults = match &*fd.defaults.borrow() {
        Some(t) => match &t.payload {
            Payload::Tuple(items) => items.len(),
            _ => 0,
        },
        None => 0,
    };
    let _ = args;
    // keyword args that fill keyword-only params count in the message
    let kwonly_given = kwnames
        .iter()
        .filter(|n| {
            if let Value::Obj(o) = n {
                let s = vm.str_of(o);
                code.varnames[argcount..argcount + code.kwonlyargcount as usize].iter().any(|v| vm.str_of(v) == s)
            } else {
                false
            }
        })
        .count();
    let _ = nkw;
    let takes = if ndefaults > 0 { format!("from {} to {}", argcount - ndefaults, argcount) } else { format!("{argcount}") };
    let plural = if argcount == 1 && ndefaults == 0 { "" } else { "s" };
    let given = if kwonly_given > 0 {
        format!(
            "{} positional argument{} (and {} keyword-only argument{}) were given",
            npos,
            if npos == 1 { "" } else { "s" },
            kwonly_given,
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
    };
    vm.type_error(format!("{fname}() takes {takes} positional argument{plural} but {given}"))
}
