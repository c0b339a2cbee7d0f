//! `-m module`: finding the module as `runpy._get_module_details` does (importing the parent
//! packages first, running `pkg.__main__` for a package) and running it as `__main__`, with
//! runpy's error messages.

use crate::run::{main_dict, run_source, Outcome};
use rpy_vm::protocol::{attr, seq};
use rpy_vm::{ObjRef, PyErr, Value, Vm};
use std::path::PathBuf;

/// Where a module was found.
enum Found {
    File(PathBuf),
    /// a package (regular or namespace): its `__main__` is run
    Package,
}

/// An error runpy reports as "<sys.executable>: <message>" with exit status 1.
enum Failure {
    Message(String),
    Error(PyErr),
}

fn str_of(vm: &mut Vm, v: &Value) -> Option<String> {
    match v {
        Value::Obj(o) if matches!(o.payload, rpy_vm::Payload::Str(_)) => Some(vm.str_of(o)),
        _ => None,
    }
}

/// The exception's type name and `str()`.
fn describe(vm: &mut Vm, e: &PyErr) -> String {
    let v = Value::Obj(e.0.clone());
    let t = vm.type_of(&v);
    let name = attr::getattr_str(vm, &Value::Obj(t), "__name__").ok().and_then(|n| str_of(vm, &n)).unwrap_or_default();
    let s = vm.to_string(&v).unwrap_or_default();
    format!("{name}: {s}")
}

fn search(dirs: &[String], name: &str) -> Option<Found> {
    let mut namespace = false;
    for d in dirs {
        let base = if d.is_empty() { PathBuf::from(".") } else { PathBuf::from(d) };
        let pkg = base.join(name);
        if pkg.join("__init__.py").is_file() {
            return Some(Found::Package);
        }
        let file = base.join(format!("{name}.py"));
        if file.is_file() {
            return Some(Found::File(file));
        }
        namespace |= pkg.is_dir();
    }
    namespace.then_some(Found::Package)
}

fn is_import_error(vm: &Vm, e: &PyErr) -> bool {
    let t = vm.types.import_error.clone();
    vm.is_instance_of(&Value::Obj(e.0.clone()), &t)
}

/// `importlib.util.find_spec(name)` for source modules and packages.
fn find_spec(vm: &mut Vm, name: &str) -> Result<Option<Found>, PyErr> {
    match name.rsplit_once('.') {
        Some((parent, child)) => {
            let pm = rpy_vm::import::import_module(vm, parent)?;
            let Some(path) = attr::getattr_str_opt(vm, &pm, "__path__")? else {
                let t = vm.types.module_not_found_error.clone();
                return Err(vm.new_error(&t, format!("__path__ attribute not found on '{parent}' while trying to find '{name}'")));
            };
            let dirs: Vec<String> = seq::to_vec(vm, &path)?.iter().filter_map(|v| str_of(vm, v)).collect();
            Ok(search(&dirs, child))
        }
        None => {
            let dirs = rpy_vm::import::sys_path(vm);
            Ok(search(&dirs, name))
        }
    }
}

/// `runpy._get_module_details`: the file to run and the name of the module it is.
fn details(vm: &mut Vm, name: &str) -> Result<(PathBuf, String), Failure> {
    if name.starts_with('.') {
        return Err(Failure::Message("Relative module names not supported".into()));
    }
    if let Some((pkg, _)) = name.rsplit_once('.') {
        if let Err(e) = rpy_vm::import::import_module(vm, pkg) {
            // a missing parent is reported by find_spec below; other errors propagate
            let missing = is_import_error(vm, &e) && {
                let n = attr::getattr_str(vm, &Value::Obj(e.0.clone()), "name").ok().and_then(|v| str_of(vm, &v));
                match n {
                    Some(n) => n == pkg || pkg.starts_with(&format!("{n}.")),
                    None => false,
                }
            };
            if !missing {
                return Err(Failure::Error(e));
            }
        }
    }
    let found = match find_spec(vm, name) {
        Ok(f) => f,
        Err(e) => {
            let mut msg = format!("Error while finding module specification for '{name}' ({})", describe(vm, &e));
            if let Some(stem) = name.strip_suffix(".py") {
                msg.push_str(&format!(". Try using '{stem}' instead of '{name}' as the module name."));
            }
            return Err(Failure::Message(msg));
        }
    };
    match found {
        None => Err(Failure::Message(format!("No module named {name}"))),
        Some(Found::File(f)) => Ok((f, name.to_string())),
        Some(Found::Package) => {
            if name == "__main__" || name.ends_with(".__main__") {
                return Err(Failure::Message("Cannot use package as __main__ module".into()));
            }
            match details(vm, &format!("{name}.__main__")) {
                Ok(found) => Ok(found),
                Err(Failure::Message(m)) => {
                    if rpy_vm::import::sys_modules_get(vm, name).is_none() {
                        return Err(Failure::Message(m));
                    }
                    Err(Failure::Message(format!("{m}; '{name}' is a package and cannot be directly executed")))
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// Runs module `name` as `__main__`.
pub fn run(vm: &mut Vm, m: &ObjRef, name: &str) -> Outcome {
    let (file, mod_name) = match details(vm, name) {
        Ok(f) => f,
        Err(Failure::Error(e)) => return Outcome::Error(e),
        Err(Failure::Message(msg)) => {
            let exe = vm.sys_dict.clone().and_then(|d| vm.dict_get_str(&d, "executable")).and_then(|v| str_of(vm, &v)).unwrap_or_default();
            let t = Value::Obj(vm.types.system_exit.clone());
            let arg = vm.new_string(format!("{exe}: {msg}"));
            return match vm.call(&t, &[arg]) {
                Ok(Value::Obj(e)) => Outcome::Error(PyErr(e)),
                Ok(_) => Outcome::Failed(1),
                Err(e) => Outcome::Error(e),
            };
        }
    };
    let path = crate::config::abspath(&file.to_string_lossy());
    let source = match std::fs::read(&file) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => return Outcome::Error(rpy_vm::error::host::io_error(vm, &e, Some(&path))),
    };
    let d = main_dict(m);
    let f = vm.new_str(&path);
    vm.dict_set_str(&d, "__file__", f.clone());
    vm.dict_set_str(&d, "__cached__", Value::None);
    let package = mod_name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default();
    let pv = vm.new_str(&package);
    vm.dict_set_str(&d, "__package__", pv);
    let spec = (|| -> Result<(), PyErr> {
        let nm = vm.new_str(&mod_name);
        let lcls = rpy_vm::bootstrap::attr(vm, "SourceFileLoader")?;
        let loader = vm.call(&lcls, &[nm.clone(), f.clone()])?;
        vm.dict_set_str(&d, "__loader__", loader.clone());
        let spec_cls = rpy_vm::bootstrap::attr(vm, "ModuleSpec")?;
        let kw = [vm.new_str("origin")];
        let spec = vm.call_args(&spec_cls, rpy_vm::objects::native::Args::with_kw(&[nm, loader, f.clone()], &kw))?;
        vm.dict_set_str(&d, "__spec__", spec);
        Ok(())
    })();
    if let Err(e) = spec {
        return Outcome::Error(e);
    }
    // runpy sets sys.argv[0] to the module's file
    if let Some(sd) = vm.sys_dict.clone() {
        if let Some(Value::Obj(l)) = vm.dict_get_str(&sd, "argv") {
            if let rpy_vm::Payload::List(items) = &l.payload {
                if let Some(first) = items.borrow_mut().first_mut() {
                    *first = f.clone();
                }
            }
        }
    }
    run_source(vm, m, &source, &path)
}
