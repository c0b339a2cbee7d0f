//! Running the main program as CPython's `pymain_run_python` does: the interpreter's settings
//! from the configuration, `sys.argv`/`sys.path[0]` for each mode, `__main__`, then the
//! command, module, script (a file, a directory or a zip file with `__main__.py`) or stdin,
//! and the interactive prompt afterwards when asked for.

use crate::cli::Target;
use crate::config::{abspath, Config};
use crate::exit::{self, Status};
use rpy_vm::{ObjRef, Payload, PyErr, Value, Vm};
use std::io::IsTerminal;
use std::path::Path;

/// The result of running the main code: finished (with an exit status when it raised
/// SystemExit) or an uncaught exception.
pub enum Outcome {
    Done,
    /// an error that is already reported (can't open file, no module named …)
    Failed(i32),
    Error(PyErr),
}

impl From<PyErr> for Outcome {
    fn from(e: PyErr) -> Outcome {
        Outcome::Error(e)
    }
}

fn apply_settings(vm: &mut Vm, c: &Config) {
    let s = &mut vm.settings;
    s.optimize = c.optimize;
    s.dont_write_bytecode = c.dont_write_bytecode;
    s.verbose = c.verbose;
    s.inspect = c.inspect;
    s.interactive = c.interactive;
    s.quiet = c.quiet;
    s.no_site = c.no_site;
    s.isolated = c.isolated;
    s.ignore_environment = c.ignore_env;
    s.safe_path = c.safe_path;
    s.unbuffered = c.unbuffered;
    s.int_max_str_digits = c.int_max_str_digits;
    s.xoptions = c.xoptions.clone();
    s.warnoptions = c.warnoptions.clone();
    s.debug = c.debug;
    s.no_user_site = c.no_user_site;
    s.bytes_warning = c.bytes_warning;
    s.dev_mode = c.dev_mode;
    s.utf8_mode = c.utf8_mode;
    s.warn_default_encoding = c.warn_default_encoding;
    s.hash_randomization = c.hash_seed != Some(0);
    s.pycache_prefix = c.pycache_prefix.clone();
    s.no_debug_ranges = c.no_debug_ranges;
    if let Some(n) = c.int_max_str_digits {
        vm.int_max_str_digits = n;
    }
}

/// `sys.path` before `path[0]`: PYTHONPATH, then the standard library.
fn base_path(c: &Config) -> Vec<String> {
    let mut path = c.pythonpath.clone();
    if let Some(d) = &c.stdlib {
        path.push(d.clone());
    }
    if let Some((prefix, exec_prefix)) = &c.home {
        path.push(format!("{prefix}/lib/python3.11"));
        path.push(format!("{exec_prefix}/lib/python3.11/lib-dynload"));
    }
    path
}

/// CPython's `_Py_abspath`: the working directory joined to a relative path, not normalised.
pub fn join_cwd(p: &str) -> String {
    if p.starts_with('/') {
        return p.to_string();
    }
    match std::env::current_dir() {
        Ok(d) => format!("{}/{p}", d.to_string_lossy()),
        Err(_) => p.to_string(),
    }
}

/// `sys.path[0]` for a script: the directory of the script with symlinks resolved.
fn script_dir(script: &str) -> String {
    let mut p = std::path::PathBuf::from(script);
    if let Ok(target) = std::fs::read_link(&p) {
        p = if target.is_absolute() { target } else { p.parent().unwrap_or(Path::new("")).join(target) };
    }
    match std::fs::canonicalize(&p) {
        Ok(full) => full.parent().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default(),
        Err(_) => p.parent().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default(),
    }
}

/// What a script argument names: a file, or a directory / zip file holding `__main__.py`.
enum ScriptKind {
    File,
    Dir,
    Zip(crate::zip::Archive),
}

fn script_kind(path: &str) -> ScriptKind {
    let p = Path::new(path);
    if p.is_dir() {
        return ScriptKind::Dir;
    }
    if let Ok(bytes) = std::fs::read(p) {
        if bytes.starts_with(b"PK") {
            if let Some(a) = crate::zip::Archive::parse(bytes) {
                return ScriptKind::Zip(a);
            }
        }
    }
    ScriptKind::File
}

pub fn main(c: Config) -> Status {
    // before the first str is hashed
    rpy_vm::objects::hash::set_hash_seed(c.hash_seed);
    let mut vm = Vm::new();
    apply_settings(&mut vm, &c);
    rpy_builtins::init(&mut vm);
    crate::signals::install(vm.interrupt.clone());

    let kind = match &c.target {
        Target::Script(s) => Some(script_kind(s)),
        _ => None,
    };
    let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
    let (argv0, path0) = match (&c.target, &kind) {
        (Target::Script(s), Some(ScriptKind::Dir | ScriptKind::Zip(_))) => (s.clone(), join_cwd(s)),
        (Target::Script(s), _) => (s.clone(), script_dir(s)),
        (Target::Command(_), _) => ("-c".to_string(), String::new()),
        (Target::Module(_), _) => ("-m".to_string(), cwd),
        (Target::Stdin, _) => ("-".to_string(), String::new()),
        (Target::Default, _) => (String::new(), String::new()),
    };
    let mut sys_argv = vec![argv0];
    sys_argv.extend(c.args.iter().cloned());
    let prefix = c.home.as_ref().map(|h| h.0.clone());
    let cfg = rpy_lib::Config { argv: sys_argv, orig_argv: c.orig_argv.clone(), path: base_path(&c), executable: None, prefix };
    if let Err(e) = rpy_lib::init(&mut vm, cfg) {
        let s = rpy_vm::error::traceback::format_exception(&mut vm, &Value::Obj(e.0));
        eprint!("{s}");
        return Status::Code(1);
    }
    if let Err(e) = rpy_lib::streams::set_std_encoding(&mut vm, &c.stdio_encoding, &c.stdio_errors) {
        stdio_encoding_failed(&mut vm, &e);
        return Status::Code(1);
    }
    if let Some((_, exec_prefix)) = &c.home {
        if let Some(sd) = vm.sys_dict.clone() {
            let e = vm.new_str(exec_prefix);
            vm.dict_set_str(&sd, "exec_prefix", e.clone());
            vm.dict_set_str(&sd, "base_exec_prefix", e);
        }
    }
    if !c.no_site {
        if let Err(e) = crate::site::install(&mut vm) {
            exit::print_exception(&mut vm, &e);
            return Status::Code(1);
        }
    }
    if !c.safe_path {
        insert_path0(&mut vm, &path0);
    }
    let main = new_main_module(&mut vm);
    let stdin_tty = std::io::stdin().is_terminal();
    let interactive_stdin = stdin_tty || c.interactive;
    let runs_code = !matches!(c.target, Target::Stdin | Target::Default);
    if !c.quiet && (c.verbose > 0 || (!runs_code && interactive_stdin)) {
        crate::repl::banner(&mut vm, !c.no_site);
    }

    let outcome = match (&c.target, kind) {
        (Target::Command(src), _) => run_source(&mut vm, &main, &format!("{src}\n"), "<string>"),
        (Target::Module(m), _) => crate::module::run(&mut vm, &main, m),
        (Target::Script(s), Some(ScriptKind::Dir)) => run_dir(&mut vm, &main, s, &c.program),
        (Target::Script(s), Some(ScriptKind::Zip(a))) => run_zip(&mut vm, &main, s, &a, &c.program),
        (Target::Script(s), _) => run_script(&mut vm, &main, s, &c),
        (Target::Stdin | Target::Default, _) => {
            if interactive_stdin {
                if let Some(st) = &c.startup {
                    crate::repl::run_startup(&mut vm, &main, st);
                }
            }
            if interactive_stdin {
                // the REPL itself; -i must not start a second one
                vm.settings.inspect = false;
                let (mut vm, status) = crate::repl::run(vm, &main);
                return finish(&mut vm, status);
            }
            let src = read_stdin();
            run_source(&mut vm, &main, &src, "<stdin>")
        }
    };
    let mut status = exit::status_of(&mut vm, outcome);
    // -i (or PYTHONINSPECT, also set by the program itself) opens the prompt afterwards
    let inspect = vm.settings.inspect || (!c.ignore_env && std::env::var_os("PYTHONINSPECT").is_some_and(|v| !v.is_empty()));
    if inspect && interactive_stdin && runs_code {
        vm.settings.inspect = false;
        let (v, s) = crate::repl::run(vm, &main);
        vm = v;
        status = s;
    }
    finish(&mut vm, status)
}

/// CPython's fatal error for an unknown `PYTHONIOENCODING` codec: the message, the exception
/// and the (Python-less) stack of the current thread.
fn stdio_encoding_failed(vm: &mut Vm, e: &PyErr) {
    let exc = rpy_vm::error::traceback::format_exception(vm, &Value::Obj(e.0.clone()));
    thread_local!(static MARK: u8 = const { 0 });
    // CPython prints the pthread id, the address of the thread's control block; the address of
    // this thread's thread-local storage is the nearest thing safe Rust has
    let id = MARK.with(|m| m as *const u8 as usize);
    eprint!(
        "Fatal Python error: init_stdio_encoding: failed to get the Python codec name of the stdio encoding\nPython runtime state: core initialized\n{exc}\nCurrent thread 0x{id:016x} (most recent call first):\n  <no Python frame>\n"
    );
}

fn finish(vm: &mut Vm, status: Status) -> Status {
    exit::finalize(vm, status)
}

fn read_stdin() -> String {
    use std::io::Read;
    let mut b = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut b);
    String::from_utf8_lossy(&b).into_owned()
}

fn insert_path0(vm: &mut Vm, path0: &str) {
    let Some(sd) = vm.sys_dict.clone() else { return };
    if let Some(Value::Obj(l)) = vm.dict_get_str(&sd, "path") {
        if let Payload::List(items) = &l.payload {
            let v = vm.new_str(path0);
            items.borrow_mut().insert(0, v);
        }
    }
}

fn new_main_module(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("__main__", None);
    if let Payload::Module { dict } = &m.payload {
        let b = vm.builtins.clone();
        vm.dict_set_str(dict, "__builtins__", Value::Obj(b));
        let ann = Value::Obj(vm.new_dict_obj());
        vm.dict_set_str(dict, "__annotations__", ann);
    }
    let mods = vm.modules.clone();
    vm.dict_set_str(&mods, "__main__", Value::Obj(m.clone()));
    m
}

pub fn main_dict(m: &ObjRef) -> ObjRef {
    match &m.payload {
        Payload::Module { dict } => dict.clone(),
        _ => unreachable!("the main module is a module"),
    }
}

/// Runs source in `__main__`'s namespace.
pub fn run_source(vm: &mut Vm, m: &ObjRef, source: &str, filename: &str) -> Outcome {
    let d = main_dict(m);
    match rpy_vm::run::exec_source(vm, source, filename, &d) {
        Ok(_) => Outcome::Done,
        Err(e) => Outcome::Error(e),
    }
}

fn cant_open(program: &str, path: &str, e: &std::io::Error) -> Outcome {
    let errno = e.raw_os_error().unwrap_or(2);
    eprintln!("{program}: can't open file '{}': [Errno {errno}] {}", join_cwd(path), rpy_vm::error::host::strerror(errno));
    Outcome::Failed(2)
}

fn run_script(vm: &mut Vm, m: &ObjRef, path: &str, c: &Config) -> Outcome {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return cant_open(&c.program, path, &e),
    };
    let mut source = String::from_utf8_lossy(&bytes).into_owned();
    if c.skip_first_line {
        source = match source.find('\n') {
            Some(i) => source[i + 1..].to_string(),
            None => String::new(),
        };
    }
    // since 3.9 the main script's __file__ and co_filename are absolute
    let file = join_cwd(path);
    let d = main_dict(m);
    let f = vm.new_str(&file);
    vm.dict_set_str(&d, "__file__", f.clone());
    vm.dict_set_str(&d, "__cached__", Value::None);
    let name = vm.new_str("__main__");
    match rpy_vm::bootstrap::attr(vm, "SourceFileLoader").and_then(|l| vm.call(&l, &[name, f])) {
        Ok(loader) => vm.dict_set_str(&d, "__loader__", loader),
        Err(e) => return Outcome::Error(e),
    }
    run_source(vm, m, &source, &file)
}

/// Sets the attributes runpy gives `__main__` when it comes from a directory or zip file.
fn set_main_spec(vm: &mut Vm, m: &ObjRef, file: &str) -> Result<(), PyErr> {
    let d = main_dict(m);
    let f = vm.new_str(file);
    vm.dict_set_str(&d, "__file__", f.clone());
    vm.dict_set_str(&d, "__cached__", Value::None);
    let pkg = vm.new_str("");
    vm.dict_set_str(&d, "__package__", pkg);
    let name = vm.new_str("__main__");
    let lcls = rpy_vm::bootstrap::attr(vm, "SourceFileLoader")?;
    let loader = vm.call(&lcls, &[name.clone(), f.clone()])?;
    vm.dict_set_str(&d, "__loader__", loader.clone());
    let spec_cls = rpy_vm::bootstrap::attr(vm, "ModuleSpec")?;
    let kw = [vm.new_str("origin")];
    let spec = vm.call_args(&spec_cls, rpy_vm::objects::native::Args::with_kw(&[name, loader, f], &kw))?;
    vm.dict_set_str(&d, "__spec__", spec);
    Ok(())
}

fn run_dir(vm: &mut Vm, m: &ObjRef, dir: &str, program: &str) -> Outcome {
    let base = join_cwd(dir);
    let file = if base.ends_with('/') { format!("{base}__main__.py") } else { format!("{base}/__main__.py") };
    let Ok(bytes) = std::fs::read(&file) else {
        eprintln!("{program}: can't find '__main__' module in '{}'", abspath(dir));
        return Outcome::Failed(1);
    };
    if let Err(e) = set_main_spec(vm, m, &file) {
        return Outcome::Error(e);
    }
    run_source(vm, m, &String::from_utf8_lossy(&bytes), &file)
}

fn run_zip(vm: &mut Vm, m: &ObjRef, path: &str, archive: &crate::zip::Archive, program: &str) -> Outcome {
    let base = join_cwd(path);
    let file = format!("{base}/__main__.py");
    let bytes = match archive.read("__main__.py") {
        Some(Ok(b)) => b,
        Some(Err(msg)) => {
            let t = vm.types.import_error.clone();
            return Outcome::Error(vm.new_error(&t, format!("{msg} in {base}")));
        }
        None => {
            eprintln!("{program}: can't find '__main__' module in '{}'", abspath(path));
            return Outcome::Failed(1);
        }
    };
    if let Err(e) = set_main_spec(vm, m, &file) {
        return Outcome::Error(e);
    }
    run_source(vm, m, &String::from_utf8_lossy(&bytes), &file)
}
