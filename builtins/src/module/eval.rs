//! Builtins that compile or inspect namespaces: eval, exec, compile, dir, vars, globals,
//! locals (the frame-dependent ones are dispatched by the interpreter through a hook).

use crate::args::{self, Spec};
use rpy_vm::compiler::Mode;
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::protocol::{attr, seq};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

fn source_text(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Option<String>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Ok(Some(s.as_str().to_string())),
            Payload::Bytes(b) => match String::from_utf8(b.to_vec()) {
                Ok(s) => Ok(Some(s)),
                Err(_) => {
                    let t = vm.types.syntax_error.clone();
                    Err(vm.new_error(&t, "(unicode error) 'utf-8' codec can't decode bytes"))
                }
            },
            Payload::Code(_) => Ok(None),
            _ => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("{fname}() arg 1 must be a string, bytes or code object")).tap(tn))
            }
        },
        _ => Err(vm.type_error(format!("{fname}() arg 1 must be a string, bytes or code object"))),
    }
}

trait Tap {
    fn tap(self, _x: String) -> Self;
}
impl Tap for rpy_vm::PyErr {
    fn tap(self, _x: String) -> Self {
        self
    }
}

fn code_of(vm: &mut Vm, src: &Value, fname: &str, mode: Mode) -> PyResult<std::rc::Rc<rpy_vm::bytecode::CodeObject>> {
    match source_text(vm, src, fname)? {
        Some(text) => {
            let text = if mode == Mode::Eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
            rpy_vm::run::compile(vm, &text, "<string>", mode)
        }
        None => match src {
            Value::Obj(o) => match &o.payload {
                Payload::Code(c) => Ok(c.clone()),
                _ => unreachable!(),
            },
            _ => unreachable!(),
        },
    }
}

/// Runs eval/exec with explicit or caller-provided namespaces.
fn run_in(vm: &mut Vm, fname: &str, a: &Args, caller_globals: Value, caller_locals: Value) -> PyResult<Value> {
    let b = args::bind(vm, a, &Spec { name: fname, params: &["source", "globals", "locals", "/"], required: 1 })?;
    let src = b[0].clone().unwrap_or(Value::None);
    let (globals, locals) = match (&b[1], &b[2]) {
        (None | Some(Value::None), None | Some(Value::None)) => (caller_globals, caller_locals),
        (Some(g), l) if !g.is_none() => {
            let l = match l {
                None | Some(Value::None) => g.clone(),
                Some(l) => l.clone(),
            };
            (g.clone(), l)
        }
        (_, Some(l)) => (caller_globals, l.clone()),
        _ => (caller_globals, caller_locals),
    };
    let g = match &globals {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => o.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(if b[1].is_some() && !b[1].as_ref().map(|x| x.is_none()).unwrap_or(true) {
                format!("{fname}() globals must be a dict, not {tn}")
            } else {
                format!("globals must be a dict, not {tn}")
            }));
        }
    };
    if !locals.is_none() && !rpy_vm::protocol::dictops::is_mapping_like(vm, &locals) && attr::lookup_special(vm, &locals, "__getitem__").is_none() {
        let tn = vm.type_name(&locals);
        return Err(vm.type_error(
            format!("locals must be a mapping, not {tn}")
                .replace("locals must", &format!("{fname}() locals must"))
                .replace(&format!("{fname}() {fname}()"), &format!("{fname}()")),
        ));
    }
    if vm.dict_get_str(&g, "__builtins__").is_none() {
        let bm = vm.builtins.clone();
        vm.dict_set_str(&g, "__builtins__", Value::Obj(bm));
    }
    let mode = if fname == "eval" { Mode::Eval } else { Mode::Exec };
    let code = code_of(vm, &src, fname, mode)?;
    if !code.freevars.is_empty() {
        return Err(vm.type_error(if fname == "eval" {
            "code object passed to eval() may not contain free variables".to_string()
        } else {
            // exec() could take the cells in its `closure` argument, which rpy does not accept yet
            format!("code object requires a closure of exactly length {}", code.freevars.len())
        }));
    }
    let r = rpy_vm::interp::run_code(vm, code, g, Some(locals))?;
    Ok(if fname == "eval" { r } else { Value::None })
}

fn dir_of(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let f = match attr::lookup_special(vm, obj, "__dir__") {
        Some(f) => f,
        None => return Err(vm.type_error("object does not provide __dir__")),
    };
    let r = vm.call(&f, &[obj.clone()])?;
    let mut items = seq::to_vec(vm, &r)?;
    sort_values(vm, &mut items)?;
    Ok(vm.new_list(items))
}

fn sort_values(vm: &mut Vm, items: &mut Vec<Value>) -> PyResult<()> {
    let mut keyed: Vec<(String, Value)> = Vec::with_capacity(items.len());
    for v in items.drain(..) {
        let s = match &v {
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => vm.str_of(o),
            _ => return Err(vm.type_error("'<' not supported between instances of 'str' and 'int'")),
        };
        keyed.push((s, v));
    }
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|a, b| a.0 == b.0);
    items.extend(keyed.into_iter().map(|(_, v)| v));
    Ok(())
}

/// The interpreter calls this for NEEDS_FRAME builtins with the caller's namespaces.
pub fn frame_builtin_hook(vm: &mut Vm, name: &str, globals: Value, locals: Value, a: Args) -> PyResult<Value> {
    match name {
        "eval" | "exec" => run_in(vm, name, &a, globals, locals),
        "dir" => {
            args::check_count(vm, &a, "dir", 0, 1)?;
            match a.pos().first() {
                Some(o) => dir_of(vm, o),
                None => {
                    let keys = match &locals {
                        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => match &o.payload {
                            Payload::Dict(d) => d.borrow().keys(),
                            _ => Vec::new(),
                        },
                        other => {
                            let k = vm.call_method(other, "keys", &[])?;
                            seq::to_vec(vm, &k)?
                        }
                    };
                    let mut keys = keys;
                    sort_values(vm, &mut keys)?;
                    Ok(vm.new_list(keys))
                }
            }
        }
        "vars" => {
            args::check_count(vm, &a, "vars", 0, 1)?;
            match a.pos().first() {
                None => Ok(locals),
                Some(o) => match attr::getattr_str_opt(vm, o, "__dict__")? {
                    Some(d) => Ok(d),
                    None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
                },
            }
        }
        _ => Err(vm.system_error(format!("unknown frame builtin {name}"))),
    }
}

fn no_frame(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // called without an interpreter frame (e.g. through map()): use the __main__ namespace
    let main = rpy_vm::import::sys_modules_get(vm, "__main__");
    let g = match main {
        Some(Value::Obj(m)) => match &m.payload {
            Payload::Module { dict } => Value::Obj(dict.clone()),
            _ => vm.new_dict(),
        },
        _ => vm.new_dict(),
    };
    let _ = a;
    Ok(g)
}

fn eval_nf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = no_frame(vm, Args::new(&[]))?;
    run_in(vm, "eval", &a, g.clone(), g)
}

fn exec_nf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = no_frame(vm, Args::new(&[]))?;
    run_in(vm, "exec", &a, g.clone(), g)
}

fn dir_nf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = no_frame(vm, Args::new(&[]))?;
    frame_builtin_hook(vm, "dir", g.clone(), g, a)
}

fn vars_nf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = no_frame(vm, Args::new(&[]))?;
    frame_builtin_hook(vm, "vars", g.clone(), g, a)
}

fn compile_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = args::bind(
        vm,
        &a,
        &Spec { name: "compile", params: &["source", "filename", "mode", "flags", "dont_inherit", "optimize", "*", "_feature_version"], required: 3 },
    )?;
    let src = b[0].clone().unwrap_or(Value::None);
    let filename = match &b[1] {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Str(_)) => vm.str_of(o),
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Bytes(_)) => match &o.payload {
            Payload::Bytes(bs) => String::from_utf8_lossy(bs).to_string(),
            _ => unreachable!(),
        },
        Some(other) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {tn}")));
        }
        None => String::new(),
    };
    let mode_s = args::expect_str(vm, b[2].as_ref().unwrap_or(&Value::None), "compile() arg 3")?;
    let mode = match mode_s.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let flags = match &b[3] {
        Some(v) => args::expect_i64(vm, v)?,
        None => 0,
    };
    if flags & 0x400 != 0 {
        return Err(vm.not_implemented_error("compile() with PyCF_ONLY_AST is not supported by rpy (no ast module objects)"));
    }
    match source_text(vm, &src, "compile")? {
        Some(text) => {
            let code = rpy_vm::run::compile(vm, &text, &filename, mode)?;
            Ok(vm.new_code(code))
        }
        None => Ok(src),
    }
}

fn globals_nf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "globals", 0, 0)?;
    no_frame(vm, a)
}

fn locals_nf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_count(vm, &a, "locals", 0, 0)?;
    no_frame(vm, a)
}

pub fn _unused(_o: &ObjRef) {}

pub static FUNCS: &[MethodDef] = &[
    MethodDef {
        name: "eval",
        func: eval_nf,
        flags: mflags::NEEDS_FRAME,
        sig: "($module, source, globals=None, locals=None, /)",
        doc: "Evaluate the given source in the context of globals and locals.",
    },
    MethodDef {
        name: "exec",
        func: exec_nf,
        flags: mflags::NEEDS_FRAME,
        sig: "($module, source, globals=None, locals=None, /, *, closure=None)",
        doc: "Execute the given source in the context of globals and locals.",
    },
    MethodDef { name: "dir", func: dir_nf, flags: mflags::NEEDS_FRAME, sig: "", doc: "dir([object]) -> list of strings" },
    MethodDef { name: "vars", func: vars_nf, flags: mflags::NEEDS_FRAME, sig: "", doc: "vars([object]) -> dictionary" },
    MethodDef {
        name: "globals",
        func: globals_nf,
        flags: mflags::NEEDS_FRAME,
        sig: "($module, /)",
        doc: "Return the dictionary containing the current scope's global variables.",
    },
    MethodDef {
        name: "locals",
        func: locals_nf,
        flags: mflags::NEEDS_FRAME,
        sig: "($module, /)",
        doc: "Return a dictionary containing the current scope's local variables.",
    },
    MethodDef {
        name: "compile",
        func: compile_fn,
        flags: 0,
        sig: "($module, /, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)",
        doc: "Compile source into a code object that can be executed by exec() or eval().",
    },
];
