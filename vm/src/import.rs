//! The import system: `sys.modules`, native modules, `.py` modules and packages on `sys.path`
//! (and namespace packages), relative imports, `from … import` and `import *`, with CPython's
//! import tracing (`-v`) and import timing (`-X importtime`).

use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, Payload};
use crate::protocol::{attr, dictops, seq};
use crate::value::Value;
use crate::vm::Vm;
use std::path::{Path, PathBuf};

fn str_val(vm: &Vm, v: &Value) -> Option<String> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Some(vm.str_of(o)),
        _ => None,
    }
}

fn import_error(vm: &mut Vm, msg: String, name: Option<&str>, not_found: bool) -> PyErr {
    let t = if not_found { vm.types.module_not_found_error.clone() } else { vm.types.import_error.clone() };
    let e = vm.new_error(&t, msg);
    let n = match name {
        Some(n) => vm.new_str(n),
        None => Value::None,
    };
    vm.set_attr_raw(&e.0, "name", n);
    vm.set_attr_raw(&e.0, "path", Value::None);
    e
}

/// Resolves a relative module name against the importing module's package.
fn resolve_name(vm: &mut Vm, globals: &ObjRef, name: &str, level: i64) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let package = match vm.dict_get_str(globals, "__package__").and_then(|v| str_val(vm, &v)) {
        Some(p) => p,
        None => {
            let modname = vm.dict_get_str(globals, "__name__").and_then(|v| str_val(vm, &v)).unwrap_or_default();
            if vm.dict_get_str(globals, "__path__").is_some() {
                modname
            } else {
                modname.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        return Err(import_error(vm, "attempted relative import with no known parent package".into(), None, false));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((a, _)) => base = a,
            None => return Err(import_error(vm, "attempted relative import beyond top-level package".into(), None, false)),
        }
    }
    Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
}

thread_local! {
    /// Modules whose code is running right now (for "partially initialized module" errors).
    static INITIALIZING: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
    /// `-X importtime`: (nesting level, microseconds of nested imports counted so far)
    static IMPORT_TIME: std::cell::Cell<(usize, f64)> = const { std::cell::Cell::new((0, 0.0)) };
}

/// `-X importtime`'s header is printed once per process, before the first import it times.
static IMPORT_TIME_HEADER: std::sync::Once = std::sync::Once::new();

/// Whether `-X importtime` or `PYTHONPROFILEIMPORTTIME` (not under -E/-I) is on.
fn import_time_enabled(vm: &Vm) -> bool {
    vm.settings.xoptions.iter().any(|(k, _)| k == "importtime")
        || (!vm.settings.ignore_environment && std::env::var_os("PYTHONPROFILEIMPORTTIME").is_some_and(|v| !v.is_empty()))
}

/// CPython's `_verbose_message`: with `-v` (at least `level` times) a message on
/// `sys.stderr`, `# `-prefixed unless it starts with `import `.
fn verbose_message(vm: &mut Vm, level: u8, msg: &str) -> PyResult<()> {
    if vm.settings.verbose < level {
        return Ok(());
    }
    let Some(sd) = vm.sys_dict.clone() else { return Ok(()) };
    let Some(err) = vm.dict_get_str(&sd, "stderr").filter(|e| !e.is_none()) else { return Ok(()) };
    let line = if msg.starts_with('#') || msg.starts_with("import ") { format!("{msg}\n") } else { format!("# {msg}\n") };
    let text = vm.new_str(&line);
    vm.call_method(&err, "write", &[text])?;
    Ok(())
}

/// `import 'name' # <loader>`, printed with `-v` once a module has loaded.
fn trace_loaded(vm: &mut Vm, name: &str, loader: &Value) -> PyResult<()> {
    if vm.settings.verbose == 0 {
        return Ok(());
    }
    let r = crate::protocol::repr::repr(vm, loader)?;
    verbose_message(vm, 1, &format!("import {} # {r}", crate::protocol::repr::repr_str(name)))
}

/// Imports a module that is not in `sys.modules`, timed as CPython's `import_find_and_load`
/// times it under `-X importtime`: one line per import (failed ones too) when it ends, giving
/// its own time, the time including nested imports, and the name indented by nesting level.
fn find_and_load(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if !import_time_enabled(vm) {
        return find_and_load_untimed(vm, name);
    }
    IMPORT_TIME_HEADER.call_once(|| eprintln!("import time: self [us] | cumulative | imported package"));
    let (level, accumulated_before) = IMPORT_TIME.with(|c| c.get());
    IMPORT_TIME.with(|c| c.set((level + 1, 0.0)));
    let start = std::time::Instant::now();
    let r = find_and_load_untimed(vm, name);
    let cum = start.elapsed().as_secs_f64() * 1e6;
    let nested = IMPORT_TIME.with(|c| c.get().1);
    IMPORT_TIME.with(|c| c.set((level, accumulated_before + cum)));
    // microseconds rounded up, as CPython's _PyTime_ROUND_CEILING
    eprintln!("import time: {:9} | {:10} | {:indent$}{name}", (cum - nested).ceil() as i64, cum.ceil() as i64, "", indent = level * 2);
    r
}

pub fn sys_modules_get(vm: &mut Vm, name: &str) -> Option<Value> {
    let m = vm.modules.clone();
    vm.dict_get_str(&m, name)
}

/// Imports `name` (absolute, dotted) and returns the module itself.
pub fn import_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = sys_modules_get(vm, name) {
        if m.is_none() {
            return Err(import_error(vm, format!("import of {name} halted; None in sys.modules"), Some(name), true));
        }
        return Ok(m);
    }
    find_and_load(vm, name)
}

/// `__loader__` and `__spec__` of a native module, as CPython gives its built-in modules:
/// the `BuiltinImporter` class with origin 'built-in'.
fn set_builtin_spec(vm: &mut Vm, m: &ObjRef, name: &str) -> PyResult<()> {
    let Payload::Module { dict } = &m.payload else { return Ok(()) };
    if vm.dict_get_str(dict, "__spec__").is_some_and(|s| !s.is_none()) {
        return Ok(());
    }
    let loader = crate::bootstrap::attr(vm, "BuiltinImporter")?;
    let spec_cls = crate::bootstrap::attr(vm, "ModuleSpec")?;
    let nm = vm.new_str(name);
    let origin = vm.new_str("built-in");
    let kw = [vm.new_str("origin")];
    let spec = vm.call_args(&spec_cls, crate::objects::native::Args::with_kw(&[nm, loader.clone(), origin], &kw))?;
    vm.dict_set_str(dict, "__loader__", loader);
    vm.dict_set_str(dict, "__spec__", spec);
    Ok(())
}

/// `import_module` for a module not in `sys.modules`: the parent package first, then the
/// module from the native modules or the parent's `__path__` / `sys.path`.
fn find_and_load_untimed(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (parent, child) = match name.rsplit_once('.') {
        Some((p, c)) => (Some(p), c),
        None => (None, name),
    };
    let search_path: Vec<String> = match parent {
        Some(p) => {
            let pm = import_module(vm, p)?;
            // importing the parent may have imported us
            if let Some(m) = sys_modules_get(vm, name) {
                return Ok(m);
            }
            match attr::getattr_str_opt(vm, &pm, "__path__")? {
                Some(path) => seq::to_vec(vm, &path)?.iter().filter_map(|v| str_val(vm, v)).collect(),
                None => return Err(import_error(vm, format!("No module named '{name}'; '{p}' is not a package"), Some(name), true)),
            }
        }
        None => {
            if let Some(init) = vm.native_modules.get(name).copied() {
                let m = init(vm)?;
                set_builtin_spec(vm, &m, name)?;
                let mods = vm.modules.clone();
                vm.dict_set_str(&mods, name, Value::Obj(m.clone()));
                let loader = attr::getattr_str_opt(vm, &Value::Obj(m.clone()), "__loader__")?.unwrap_or(Value::None);
                trace_loaded(vm, name, &loader)?;
                return Ok(Value::Obj(m));
            }

            sys_path(vm)
        }
    };
    let found = find_spec(vm, &search_path, child)?;
    let Some(spec) = found else {
        return Err(import_error(vm, format!("No module named '{name}'"), Some(name), true));
    };
    let m = load_module(vm, name, spec)?;
    if let Some(p) = parent {
        if let Some(pm) = sys_modules_get(vm, p) {
            let n = vm.intern(child);
            attr::setattr(vm, &pm, &n, Some(m.clone()))?;
        }
    }
    // the module may have replaced itself in sys.modules
    Ok(sys_modules_get(vm, name).unwrap_or(m))
}

pub fn sys_path(vm: &mut Vm) -> Vec<String> {
    let Some(sd) = vm.sys_dict.clone() else { return Vec::new() };
    match vm.dict_get_str(&sd, "path") {
        Some(Value::Obj(l)) => match &l.payload {
            Payload::List(items) => items.borrow().iter().filter_map(|v| str_val(vm, v)).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

pub enum Spec {
    Source(PathBuf),
    Package(PathBuf, PathBuf),
    Namespace(Vec<PathBuf>),
}

/// Looks for `name` in each directory of `path` as CPython's `FileFinder` does: a package
/// (`name/__init__.py`), then a module (`name.py`); directories without `__init__.py` are
/// collected as the portions of a namespace package. An empty entry is the working directory.
fn find_spec(vm: &mut Vm, path: &[String], name: &str) -> PyResult<Option<Spec>> {
    let mut namespace = Vec::new();
    for entry in path {
        let dir = if entry.is_empty() { std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")) } else { PathBuf::from(entry) };
        let pkg = dir.join(name);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Ok(Some(Spec::Package(pkg, init)));
        }
        let file = dir.join(format!("{name}.py"));
        if file.is_file() {
            return Ok(Some(Spec::Source(file)));
        }
        if pkg.is_dir() {
            verbose_message(vm, 1, &format!("possible namespace for {}", display_path(&pkg)))?;
            namespace.push(pkg);
        }
    }
    Ok(if namespace.is_empty() { None } else { Some(Spec::Namespace(namespace)) })
}

fn display_path(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

fn load_module(vm: &mut Vm, name: &str, spec: Spec) -> PyResult<Value> {
    let m = vm.new_module(name, None);
    let Payload::Module { dict } = &m.payload else { unreachable!() };
    let dict = dict.clone();
    let package = match &spec {
        Spec::Package(..) | Spec::Namespace(_) => name.to_string(),
        Spec::Source(_) => name.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default(),
    };
    let pv = vm.new_str(&package);
    vm.dict_set_str(&dict, "__package__", pv);
    let b = vm.builtins.clone();
    vm.dict_set_str(&dict, "__builtins__", Value::Obj(b));
    let file = match &spec {
        Spec::Source(f) => Some(f.clone()),
        Spec::Package(dir, init) => {
            let d = vm.new_str(&display_path(dir));
            let l = vm.new_list(vec![d]);
            vm.dict_set_str(&dict, "__path__", l);
            Some(init.clone())
        }
        Spec::Namespace(dirs) => {
            let items: Vec<Value> = dirs.iter().map(|d| vm.new_str(&display_path(d))).collect();
            let l = vm.new_list(items);
            vm.dict_set_str(&dict, "__path__", l);
            None
        }
    };
    // __spec__
    let spec_cls = crate::bootstrap::attr(vm, "ModuleSpec")?;
    let nm = vm.new_str(name);
    let is_pkg = !matches!(spec, Spec::Source(_));
    let origin = match &file {
        Some(f) => vm.new_str(&display_path(f)),
        None => Value::None,
    };
    let loader = match &file {
        Some(_) => {
            let lcls = crate::bootstrap::attr(vm, "SourceFileLoader")?;
            vm.call(&lcls, &[nm.clone(), origin.clone()])?
        }
        None => {
            let lcls = crate::bootstrap::attr(vm, "NamespaceLoader")?;
            let path = vm.dict_get_str(&dict, "__path__").unwrap_or(Value::None);
            vm.call(&lcls, &[nm.clone(), path])?
        }
    };
    vm.dict_set_str(&dict, "__loader__", loader.clone());
    let kw = [vm.new_str("origin"), vm.new_str("is_package")];
    let spec_v = vm.call_args(&spec_cls, crate::objects::native::Args::with_kw(&[nm, loader.clone(), origin, Value::Bool(is_pkg)], &kw))?;
    if let Some(p) = vm.dict_get_str(&dict, "__path__") {
        let n = vm.intern("submodule_search_locations");
        crate::protocol::attr::setattr(vm, &spec_v, &n, Some(p))?;
    }
    if file.is_some() {
        let n = vm.intern("has_location");
        crate::protocol::attr::setattr(vm, &spec_v, &n, Some(Value::Bool(true)))?;
    }
    vm.dict_set_str(&dict, "__spec__", spec_v);
    let mods = vm.modules.clone();
    vm.dict_set_str(&mods, name, Value::Obj(m.clone()));
    if let Some(file) = file {
        let fname = display_path(&file);
        let fv = vm.new_str(&fname);
        vm.dict_set_str(&dict, "__file__", fv);
        let source = match std::fs::read(&file) {
            Ok(b) => b,
            Err(e) => {
                let _ = dictops::dict_delitem_opt(vm, &mods, &vm.new_str(name));
                return Err(crate::error::host::io_error(vm, &e, Some(&fname)));
            }
        };
        let source = match String::from_utf8(source) {
            Ok(s) => s,
            Err(_) => {
                let k = vm.new_str(name);
                let _ = dictops::dict_delitem_opt(vm, &mods, &k);
                let t = vm.types.syntax_error.clone();
                return Err(vm.new_error(&t, format!("(unicode error) 'utf-8' codec can't decode bytes in file {fname}")));
            }
        };
        let code = match crate::run::compile(vm, &source, &fname, crate::compiler::Mode::Exec) {
            Ok(c) => c,
            Err(e) => {
                let k = vm.new_str(name);
                let _ = dictops::dict_delitem_opt(vm, &mods, &k);
                return Err(e);
            }
        };
        // rpy keeps no bytecode cache: the code always comes from the source
        verbose_message(vm, 1, &format!("code object from {fname}"))?;
        INITIALIZING.with(|s| s.borrow_mut().push(name.to_string()));
        let r = crate::interp::run_code(vm, code, dict.clone(), None);
        INITIALIZING.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(i) = s.iter().rposition(|n| n == name) {
                s.remove(i);
            }
        });
        if let Err(e) = r {
            let k = vm.new_str(name);
            let _ = dictops::dict_delitem_opt(vm, &mods, &k);
            return Err(e);
        }
    }
    trace_loaded(vm, name, &loader)?;
    Ok(Value::Obj(m))
}

/// IMPORT_NAME.
pub fn import_name(vm: &mut Vm, globals: &ObjRef, name: &ObjRef, fromlist: &Value, level: i64) -> PyResult<Value> {
    let name = vm.str_of(name);
    let abs = resolve_name(vm, globals, &name, level)?;
    let m = import_module(vm, &abs)?;
    let has_fromlist = match fromlist {
        Value::None => false,
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => !t.is_empty(),
            _ => true,
        },
        _ => true,
    };
    if !has_fromlist {
        if level == 0 {
            let top = abs.split('.').next().unwrap_or("");
            return Ok(sys_modules_get(vm, top).unwrap_or(m));
        }
        // `from . import` style without names cannot happen; relative `import` is a syntax error
        let top_len = name.split('.').next().map(|s| s.len()).unwrap_or(0);
        let cut = abs.len() - (name.len() - top_len);
        return Ok(sys_modules_get(vm, &abs[..cut]).unwrap_or(m));
    }
    // import submodules named in the fromlist
    if attr::getattr_str_opt(vm, &m, "__path__")?.is_some() {
        let items = seq::to_vec(vm, fromlist)?;
        for it in items {
            let Some(s) = str_val(vm, &it) else { continue };
            if s == "*" {
                if let Some(all) = attr::getattr_str_opt(vm, &m, "__all__")? {
                    for a in seq::to_vec(vm, &all)? {
                        if let Some(an) = str_val(vm, &a) {
                            let n = vm.intern(&an);
                            if attr::getattr_opt(vm, &m, &n)?.is_none() {
                                let _ = import_module(vm, &format!("{abs}.{an}"));
                            }
                        }
                    }
                }
                continue;
            }
            let n = vm.intern(&s);
            if attr::getattr_opt(vm, &m, &n)?.is_none() {
                match import_module(vm, &format!("{abs}.{s}")) {
                    Ok(_) => {}
                    Err(e) => {
                        let mnf = vm.types.module_not_found_error.clone();
                        let full = format!("{abs}.{s}");
                        let is_this = vm.is_instance_of(&Value::Obj(e.0.clone()), &mnf)
                            && vm.get_attr_raw(&e.0, "name").and_then(|v| str_val(vm, &v)).as_deref() == Some(full.as_str());
                        if !is_this {
                            return Err(e);
                        }
                    }
                }
            }
        }
    }
    Ok(m)
}

/// IMPORT_FROM.
pub fn import_from(vm: &mut Vm, m: &Value, name: &ObjRef) -> PyResult<Value> {
    if let Some(v) = attr::getattr_opt(vm, m, name)? {
        return Ok(v);
    }
    let n = vm.str_of(name);
    let modname = attr::getattr_str_opt(vm, m, "__name__")?.and_then(|v| str_val(vm, &v));
    if let Some(mn) = &modname {
        if let Some(v) = sys_modules_get(vm, &format!("{mn}.{n}")) {
            return Ok(v);
        }
    }
    let mn = modname.unwrap_or_else(|| "<unknown module name>".into());
    let file = attr::getattr_str_opt(vm, m, "__file__")?.and_then(|v| str_val(vm, &v));
    let initializing = INITIALIZING.with(|s| s.borrow().contains(&mn));
    let msg = match (&file, initializing) {
        (Some(f), true) => format!("cannot import name '{n}' from partially initialized module '{mn}' (most likely due to a circular import) ({f})"),
        (Some(f), false) => format!("cannot import name '{n}' from '{mn}' ({f})"),
        (None, _) => format!("cannot import name '{n}' from '{mn}' (unknown location)"),
    };
    let e = import_error(vm, msg, Some(&mn), false);
    Err(e)
}

/// IMPORT_STAR.
pub fn import_star(vm: &mut Vm, m: &Value, target: &Value) -> PyResult<()> {
    let names: Vec<Value> = match attr::getattr_str_opt(vm, m, "__all__")? {
        Some(all) => seq::to_vec(vm, &all)?,
        None => {
            let d = attr::getattr_str(vm, m, "__dict__")?;
            let keys = match &d {
                Value::Obj(o) => match &o.payload {
                    Payload::Dict(dd) => dd.borrow().keys(),
                    Payload::MappingProxy(Value::Obj(io)) => match &io.payload {
                        Payload::Dict(dd) => dd.borrow().keys(),
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            keys.into_iter().filter(|k| str_val(vm, k).map(|s| !s.starts_with('_')).unwrap_or(false)).collect()
        }
    };
    for n in names {
        let Value::Obj(no) = &n else { continue };
        if !matches!(no.payload, Payload::Str(_)) {
            let tn = vm.type_name(&n);
            let mn = attr::getattr_str_opt(vm, m, "__name__")?.and_then(|v| str_val(vm, &v)).unwrap_or_default();
            return Err(vm.type_error(format!("Item in {mn}.__all__ must be str, not {tn}")));
        }
        let v = attr::getattr(vm, m, no)?;
        seq::setitem(vm, target, n.clone(), v)?;
    }
    Ok(())
}
