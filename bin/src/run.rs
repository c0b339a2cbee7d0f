//! Running the main program: setting up `sys`, `__main__`, the import path, and turning the
//! result (normal end, SystemExit, uncaught exception) into output and an exit code.

use crate::cli::{Cli, Target};
use rpy_vm::error::traceback;
use rpy_vm::protocol::attr;
use rpy_vm::{ObjRef, Payload, PyErr, Value, Vm};
use std::path::Path;

pub const VERSION: &str = "3.11.7";

pub fn main(argv: Vec<String>, cli: Cli) -> i32 {
    if cli.opts.version > 0 {
        if cli.opts.version > 1 {
            println!("Python {VERSION} (rpy {}) [rpy, Rust]", env!("CARGO_PKG_VERSION"));
        } else {
            println!("Python {VERSION}");
        }
        return 0;
    }
    if cli.opts.help {
        println!("{}", crate::cli::USAGE);
        println!("Options (a subset of CPython's, same meaning):");
        println!("-c cmd : program passed in as string (terminates option list)");
        println!("-m mod : run library module as a script (terminates option list)");
        println!("-u     : force the stdout and stderr streams to be unbuffered");
        println!("-B     : don't write .pyc files on import");
        println!("-E     : ignore PYTHON* environment variables");
        println!("-I     : isolate Python from the user's environment");
        println!("-O     : remove assert and __debug__-dependent statements");
        println!("-q     : don't print version and copyright messages on interactive startup");
        println!("-V     : print the Python version number and exit (also --version)");
        println!("-X opt : set implementation-specific option (also -X:opt=value)");
        println!("file   : program read from script file");
        println!("-      : program read from stdin (default; interactive mode if a tty)");
        println!("arg ...: arguments passed to program in sys.argv[1:]");
        return 0;
    }
    let mut vm = Vm::new();
    vm.settings.optimize = cli.opts.optimize;
    vm.settings.unbuffered = cli.opts.unbuffered || (!cli.opts.ignore_env && std::env::var_os("PYTHONUNBUFFERED").map(|v| !v.is_empty()).unwrap_or(false));
    vm.settings.xoptions = cli.opts.xoptions.clone();
    vm.settings.warnoptions = cli.opts.warnings.clone();
    rpy_builtins::init(&mut vm);
    let interrupt = vm.interrupt.clone();
    install_sigint(interrupt);

    // sys.argv and sys.path[0] as CPython sets them
    let (sys_argv0, path0) = match &cli.target {
        Target::Script(s) => {
            let dir = Path::new(s).parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
            let abs = std::fs::canonicalize(if dir.is_empty() { "." } else { &dir }).map(|p| p.to_string_lossy().to_string()).unwrap_or(dir);
            (s.clone(), abs)
        }
        Target::Command(_) => ("-c".to_string(), String::new()),
        Target::Module(_) => ("-m".to_string(), std::env::current_dir().map(|p| p.to_string_lossy().to_string()).unwrap_or_default()),
        Target::Stdin => ("-".to_string(), String::new()),
        Target::Repl => (String::new(), String::new()),
    };
    let mut sys_argv = vec![sys_argv0];
    sys_argv.extend(cli.args.iter().cloned());
    let mut path = Vec::new();
    if !cli.opts.safe_path {
        path.push(path0);
    }
    if !cli.opts.ignore_env {
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            path.extend(pp.split(':').filter(|s| !s.is_empty()).map(|s| s.to_string()));
        }
    }
    path.extend(stdlib_dirs(&vm, &cli));
    vm.settings.ignore_environment = cli.opts.ignore_env;
    vm.settings.isolated = cli.opts.isolated;
    vm.settings.dont_write_bytecode = cli.opts.dont_write_bytecode;
    vm.settings.verbose = cli.opts.verbose;
    vm.settings.quiet = cli.opts.quiet;
    vm.settings.inspect = cli.opts.inspect;
    vm.settings.no_site = cli.opts.no_site;
    vm.settings.safe_path = cli.opts.safe_path;
    let cfg = rpy_lib::Config { argv: sys_argv, orig_argv: argv, path, executable: None, prefix: None };
    if let Err(e) = rpy_lib::init(&mut vm, cfg) {
        let s = traceback::format_exception(&mut vm, &Value::Obj(e.0));
        eprint!("{s}");
        return 1;
    }
    let main_mod = new_main_module(&mut vm);
    let result = match &cli.target {
        Target::Script(s) => run_script(&mut vm, &main_mod, s),
        Target::Command(c) => run_source(&mut vm, &main_mod, c, "<string>"),
        Target::Module(m) => run_module(&mut vm, &main_mod, m),
        Target::Repl if std::io::IsTerminal::is_terminal(&std::io::stdin()) => crate::repl::run(&mut vm, &main_mod, cli.opts.quiet).map_err(Exit::Error),
        Target::Stdin | Target::Repl => {
            let mut src = String::new();
            use std::io::Read;
            let _ = std::io::stdin().read_to_string(&mut src);
            run_source(&mut vm, &main_mod, &src, "<stdin>")
        }
    };
    let code = match result {
        Ok(()) => 0,
        Err(Exit::Code(c)) => c,
        Err(Exit::Error(e)) => handle_uncaught(&mut vm, e),
    };
    finish(&mut vm, code)
}

enum Exit {
    Code(i32),
    Error(PyErr),
}

impl From<PyErr> for Exit {
    fn from(e: PyErr) -> Exit {
        Exit::Error(e)
    }
}

fn stdlib_dirs(vm: &Vm, cli: &Cli) -> Vec<String> {
    let _ = vm;
    let mut out = Vec::new();
    let from_x = cli.opts.xoptions.iter().find(|(k, _)| k == "stdlib").and_then(|(_, v)| v.clone());
    let from_env = if cli.opts.ignore_env { None } else { std::env::var("RPY_STDLIB").ok() };
    if let Some(d) = from_x.or(from_env) {
        out.push(d);
    }
    out
}

fn new_main_module(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("__main__", None);
    if let Payload::Module { dict } = &m.payload {
        let b = vm.builtins.clone();
        vm.dict_set_str(dict, "__builtins__", Value::Obj(b));
        vm.dict_set_str(dict, "__annotations__", Value::None);
        if let Some(Value::Obj(d)) = Some(vm.new_dict()) {
            vm.dict_set_str(dict, "__annotations__", Value::Obj(d));
        }
        let k = vm.new_str("__annotations__");
        let _ = rpy_vm::protocol::dictops::dict_pop(vm, dict, &k);
    }
    let mods = vm.modules.clone();
    vm.dict_set_str(&mods, "__main__", Value::Obj(m.clone()));
    m
}

fn main_dict(m: &ObjRef) -> ObjRef {
    match &m.payload {
        Payload::Module { dict } => dict.clone(),
        _ => unreachable!("main module"),
    }
}

fn run_script(vm: &mut Vm, m: &ObjRef, path: &str) -> Result<(), Exit> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let abs = if Path::new(path).is_absolute() {
                path.to_string()
            } else {
                std::env::current_dir().map(|d| d.join(path).to_string_lossy().to_string()).unwrap_or(path.to_string())
            };
            let errno = e.raw_os_error().unwrap_or(2);
            eprintln!("{}: can't open file '{}': [Errno {}] {}", exe_name(), abs, errno, rpy_vm::error::host::strerror(errno));
            return Err(Exit::Code(2));
        }
    };
    let source = String::from_utf8_lossy(&bytes).to_string();
    let d = main_dict(m);
    // since 3.9 the main script's __file__ and co_filename are absolute
    let path = &abspath(path);
    let f = vm.new_str(path);
    vm.dict_set_str(&d, "__file__", f);
    vm.dict_set_str(&d, "__cached__", Value::None);
    rpy_vm::run::exec_source(vm, &source, path, &d)?;
    Ok(())
}

/// `os.path.abspath`: joins with the working directory and normalises `.`/`..` lexically.
fn abspath(p: &str) -> String {
    let joined = if Path::new(p).is_absolute() { std::path::PathBuf::from(p) } else { std::env::current_dir().map(|d| d.join(p)).unwrap_or_else(|_| p.into()) };
    let mut out: Vec<String> = Vec::new();
    for c in joined.components() {
        match c {
            std::path::Component::RootDir => out.clear(),
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::Normal(s) => out.push(s.to_string_lossy().to_string()),
            std::path::Component::Prefix(_) => {}
        }
    }
    format!("/{}", out.join("/"))
}

fn exe_name() -> String {
    std::env::args().next().map(|a| Path::new(&a).file_name().map(|f| f.to_string_lossy().to_string()).unwrap_or(a)).unwrap_or_else(|| "rpy".into())
}

fn run_source(vm: &mut Vm, m: &ObjRef, source: &str, filename: &str) -> Result<(), Exit> {
    let d = main_dict(m);
    rpy_vm::run::exec_source(vm, source, filename, &d)?;
    Ok(())
}

fn run_module(vm: &mut Vm, m: &ObjRef, name: &str) -> Result<(), Exit> {
    let path = rpy_vm::import::sys_path(vm);
    let found = path.iter().find_map(|p| {
        let base = if p.is_empty() { std::path::PathBuf::from(".") } else { std::path::PathBuf::from(p) };
        let rel: std::path::PathBuf = name.split('.').collect();
        let file = base.join(&rel).with_extension("py");
        if file.is_file() {
            return Some(file);
        }
        let main = base.join(&rel).join("__main__.py");
        if main.is_file() {
            return Some(main);
        }
        None
    });
    let Some(file) = found else {
        eprintln!("{}: No module named {}", exe_name(), name);
        return Err(Exit::Code(1));
    };
    let fname = file.to_string_lossy().to_string();
    if let Some(sd) = vm.sys_dict.clone() {
        if let Some(Value::Obj(l)) = vm.dict_get_str(&sd, "argv") {
            if let Payload::List(items) = &l.payload {
                let v = vm.new_str(&fname);
                if let Some(first) = items.borrow_mut().first_mut() {
                    *first = v;
                }
            }
        }
    }
    run_script(vm, m, &fname)
}

/// Prints an uncaught exception (or handles SystemExit) and returns the exit code.
fn handle_uncaught(vm: &mut Vm, e: PyErr) -> i32 {
    let exc = Value::Obj(e.0.clone());
    let se = vm.types.system_exit.clone();
    if vm.is_instance_of(&exc, &se) {
        return system_exit_code(vm, &e.0);
    }
    flush_stdout(vm);
    let hook = vm.sys_dict.clone().and_then(|d| vm.dict_get_str(&d, "excepthook"));
    let ty = Value::Obj(vm.type_of(&exc));
    let tb = match &e.0.payload {
        Payload::Exception(d) => d.borrow().traceback.clone().map(Value::Obj).unwrap_or(Value::None),
        _ => Value::None,
    };
    let printed = match hook {
        Some(h) => vm.call(&h, &[ty, exc.clone(), tb]).is_ok(),
        None => false,
    };
    if !printed {
        let s = traceback::format_exception(vm, &exc);
        eprint!("{s}");
    }
    let ki = vm.types.keyboard_interrupt.clone();
    if vm.is_instance_of(&exc, &ki) {
        return 130;
    }
    1
}

fn system_exit_code(vm: &mut Vm, e: &ObjRef) -> i32 {
    let code = attr::getattr_str(vm, &Value::Obj(e.clone()), "code").unwrap_or(Value::None);
    match &code {
        Value::None => 0,
        Value::Int(i) => *i as i32,
        Value::Bool(b) => *b as i32,
        other => {
            flush_stdout(vm);
            let s = vm.to_string(other).unwrap_or_default();
            let stderr = vm.sys_dict.clone().and_then(|d| vm.dict_get_str(&d, "stderr"));
            match stderr {
                Some(f) if !f.is_none() => {
                    let line = vm.new_string(format!("{s}\n"));
                    let _ = vm.call_method(&f, "write", &[line]);
                    let _ = vm.call_method(&f, "flush", &[]);
                }
                _ => eprintln!("{s}"),
            }
            1
        }
    }
}

fn flush_stdout(vm: &mut Vm) -> bool {
    let out = vm.sys_dict.clone().and_then(|d| vm.dict_get_str(&d, "stdout"));
    match out {
        Some(f) if !f.is_none() => vm.call_method(&f, "flush", &[]).is_ok(),
        _ => true,
    }
}

fn finish(vm: &mut Vm, code: i32) -> i32 {
    let ok = flush_stdout(vm);
    let err = vm.sys_dict.clone().and_then(|d| vm.dict_get_str(&d, "stderr"));
    if let Some(f) = err {
        if !f.is_none() {
            let _ = vm.call_method(&f, "flush", &[]);
        }
    }
    let flushed = rpy_lib::flush_std_streams(vm).is_ok();
    if (!ok || !flushed) && code == 0 {
        return 120;
    }
    code
}

/// Ctrl-C sets the interpreter's interrupt flag; running code raises KeyboardInterrupt at
/// the next loop back-edge or call.
fn install_sigint(flag: std::sync::Arc<std::sync::atomic::AtomicBool>) {
    let _ = ctrlc::set_handler(move || flag.store(true, std::sync::atomic::Ordering::SeqCst));
}
