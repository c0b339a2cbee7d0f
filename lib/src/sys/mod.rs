//! The `sys` module: created eagerly at start-up, it holds the interpreter's data (argv, path,
//! modules, version information, flags, the standard streams) and its functions.

mod audit;
mod functions;
mod hooks;
mod info;

pub use info::{version_string, MAJOR, MICRO, MINOR};
pub mod unraisable;

use crate::streams::{self, StdKind};
use crate::Config;
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

const DOC: &str = "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.\n\nDynamic objects:\n\nargv -- command line arguments; argv[0] is the script pathname if known\npath -- module search path; path[0] is the script directory, else ''\nmodules -- dictionary of loaded modules\n\ndisplayhook -- called to show results in an interactive session\nexcepthook -- called to handle any uncaught exception other than SystemExit\n  To customize printing in an interactive session or to install a custom\n  top-level exception handler, assign other functions to replace these.\n\nstdin -- standard input file object; used by input()\nstdout -- standard output file object; used by print()\nstderr -- standard error object; used for error messages\n  By assigning other file objects (or objects that behave like files)\n  to these, it is possible to redirect all of the interpreter's I/O.\n\nlast_type -- type of last uncaught exception\nlast_value -- value of last uncaught exception\nlast_traceback -- traceback of last uncaught exception\n  These three are only available in an interactive session after a\n  traceback has been printed.\n\nStatic objects:\n\nbuiltin_module_names -- tuple of module names built into this interpreter\ncopyright -- copyright notice pertaining to this interpreter\nexec_prefix -- prefix used to find the machine-specific Python library\nexecutable -- absolute path of the executable binary of the Python interpreter\nfloat_info -- a named tuple with information about the float implementation.\nfloat_repr_style -- string indicating the style of repr() output for floats\nhash_info -- a named tuple with information about the hash algorithm.\nhexversion -- version information encoded as a single integer\nimplementation -- Python implementation information.\nint_info -- a named tuple with information about the int implementation.\nmaxsize -- the largest supported length of containers.\nmaxunicode -- the value of the largest Unicode code point\nplatform -- platform identifier\nprefix -- prefix used to find the Python library\nversion -- the version of this interpreter as a string\nversion_info -- version information as a named tuple\n__stdin__ -- the original stdin; don't touch!\n__stdout__ -- the original stdout; don't touch!\n__stderr__ -- the original stderr; don't touch!\n__displayhook__ -- the original displayhook; don't touch!\n__excepthook__ -- the original excepthook; don't touch!\n\nFunctions:\n\ndisplayhook() -- print an object to the screen, and save it in builtins._\nexcepthook() -- print an exception and its traceback to sys.stderr\nexception() -- return the current thread's active exception\nexc_info() -- return information about the current thread's active exception\nexit() -- exit the interpreter by raising SystemExit\ngetrecursionlimit() -- return the max recursion depth for the interpreter\ngetsizeof() -- return the size of an object in bytes\nsetrecursionlimit() -- set the max recursion depth for the interpreter\n";

const COPYRIGHT: &str = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

fn module_dict(m: &ObjRef) -> ObjRef {
    match &m.payload {
        Payload::Module { dict } => dict.clone(),
        _ => unreachable!("new_module returns a module"),
    }
}

fn str_list(vm: &Vm, items: &[String]) -> Value {
    let v = items.iter().map(|s| vm.new_str(s)).collect();
    vm.new_list(v)
}

/// Whether the standard streams are unbuffered (`-u` or `PYTHONUNBUFFERED`).
fn unbuffered(vm: &Vm) -> bool {
    let s = &vm.settings;
    s.unbuffered || (!s.ignore_environment && !s.isolated && std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()))
}

/// Creates `sys`, sets `vm.sys_dict`, and registers `sys` and `builtins` in `sys.modules`.
pub fn init(vm: &mut Vm, config: Config) -> PyResult<()> {
    let m = vm.new_module("sys", Some(DOC));
    let d = module_dict(&m);
    vm.sys_dict = Some(d.clone());
    let mv = Some(Value::Obj(m.clone()));
    for def in functions::FUNCS.iter().chain(hooks::FUNCS).chain(unraisable::FUNCS).chain(audit::FUNCS) {
        let f = vm.new_builtin_fn(def, mv.clone());
        vm.dict_set_str(&d, def.name, f);
    }
    for (alias, name) in [("__displayhook__", "displayhook"), ("__excepthook__", "excepthook"), ("__unraisablehook__", "unraisablehook")] {
        if let Some(f) = vm.dict_get_str(&d, name) {
            vm.dict_set_str(&d, alias, f);
        }
    }

    // the process
    let argv = str_list(vm, &config.argv);
    vm.dict_set_str(&d, "argv", argv);
    let orig = str_list(vm, &config.orig_argv);
    vm.dict_set_str(&d, "orig_argv", orig);
    let path = str_list(vm, &config.path);
    vm.dict_set_str(&d, "path", path);
    let modules = Value::Obj(vm.modules.clone());
    vm.dict_set_str(&d, "modules", modules);
    let exe = config.executable.clone().or_else(|| std::env::current_exe().ok().map(|p| p.to_string_lossy().into_owned())).unwrap_or_default();
    let prefix = config
        .prefix
        .clone()
        .or_else(|| std::path::Path::new(&exe).parent().and_then(|p| p.parent()).map(|p| p.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let exe_v = vm.new_str(&exe);
    vm.dict_set_str(&d, "executable", exe_v.clone());
    vm.dict_set_str(&d, "_base_executable", exe_v);
    let prefix_v = vm.new_str(&prefix);
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        vm.dict_set_str(&d, name, prefix_v.clone());
    }
    let platlibdir = vm.new_str("lib");
    vm.dict_set_str(&d, "platlibdir", platlibdir);
    let pycache_prefix = match vm.settings.pycache_prefix.clone() {
        Some(p) => vm.new_str(&p),
        None => Value::None,
    };
    vm.dict_set_str(&d, "pycache_prefix", pycache_prefix);
    let dwb = Value::Bool(vm.settings.dont_write_bytecode);
    vm.dict_set_str(&d, "dont_write_bytecode", dwb);
    let warnoptions: Vec<String> = vm.settings.warnoptions.clone();
    let wo = str_list(vm, &warnoptions);
    vm.dict_set_str(&d, "warnoptions", wo);
    let xo = vm.new_dict_obj();
    for (k, v) in vm.settings.xoptions.clone() {
        let val = match v {
            Some(s) => vm.new_str(&s),
            None => Value::Bool(true),
        };
        vm.dict_set_str(&xo, &k, val);
    }
    vm.dict_set_str(&d, "_xoptions", Value::Obj(xo));

    // the standard streams
    let unbuf = unbuffered(vm);
    vm.settings.unbuffered = unbuf;
    let mut originals = Vec::new();
    for (kind, name, dunder) in [(StdKind::Stdin, "stdin", "__stdin__"), (StdKind::Stdout, "stdout", "__stdout__"), (StdKind::Stderr, "stderr", "__stderr__")] {
        let s = streams::new_std_stream(vm, kind, unbuf);
        vm.dict_set_str(&d, name, Value::Obj(s.clone()));
        vm.dict_set_str(&d, dunder, Value::Obj(s.clone()));
        originals.push(s);
    }
    crate::state::with(vm, |st| st.std_streams = originals);

    // the implementation
    let version = vm.new_string(info::version_string());
    vm.dict_set_str(&d, "version", version);
    let (vi_type, vi) = info::version_info(vm);
    vm.dict_set_str(&d, "version_info", vi);
    vm.dict_set_str(&d, "hexversion", Value::Int(info::HEXVERSION));
    vm.dict_set_str(&d, "api_version", Value::Int(1013));
    let imp = info::implementation(vm, &vi_type);
    vm.dict_set_str(&d, "implementation", imp);
    let flags = info::flags(vm);
    vm.dict_set_str(&d, "flags", flags);
    let fi = info::float_info(vm);
    vm.dict_set_str(&d, "float_info", fi);
    let ii = info::int_info(vm);
    vm.dict_set_str(&d, "int_info", ii);
    let hi = info::hash_info(vm);
    vm.dict_set_str(&d, "hash_info", hi);
    let frs = vm.new_str("short");
    vm.dict_set_str(&d, "float_repr_style", frs);
    vm.dict_set_str(&d, "maxsize", Value::Int(i64::MAX));
    vm.dict_set_str(&d, "maxunicode", Value::Int(0x10ffff));
    let bo = vm.new_str(if cfg!(target_endian = "little") { "little" } else { "big" });
    vm.dict_set_str(&d, "byteorder", bo);
    let platform = vm.new_str(std::env::consts::OS);
    vm.dict_set_str(&d, "platform", platform);
    let abiflags = vm.new_str("");
    vm.dict_set_str(&d, "abiflags", abiflags);
    let cr = vm.new_str(COPYRIGHT);
    vm.dict_set_str(&d, "copyright", cr);

    // module names
    let mut names: Vec<String> = vm.native_modules.keys().cloned().collect();
    names.extend(["builtins".to_string(), "sys".to_string()]);
    names.sort();
    names.dedup();
    let bmn = names.iter().map(|n| vm.new_str(n)).collect();
    let bmn = vm.new_tuple(bmn);
    vm.dict_set_str(&d, "builtin_module_names", bmn);
    let fs = vm.new_set_obj(true);
    for n in info::STDLIB_MODULE_NAMES.split(' ') {
        let s = vm.new_str(n);
        rpy_vm::protocol::setops::set_add(vm, &fs, s)?;
    }
    vm.dict_set_str(&d, "stdlib_module_names", Value::Obj(fs));

    // sys.modules
    let mods = vm.modules.clone();
    vm.dict_set_str(&mods, "sys", Value::Obj(m));
    let b = Value::Obj(vm.builtins.clone());
    vm.dict_set_str(&mods, "builtins", b);
    Ok(())
}
