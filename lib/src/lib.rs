//! rpy-lib: the native modules of the standard library (`sys`, `math`, `time`, the standard
//! streams) and `init`, which installs them into an interpreter.

pub mod gc_module;
pub mod math;
pub mod math_module;
pub mod namespace;
pub mod native_type;
pub mod state;
pub mod streams;
pub mod structseq;
pub mod sys;
pub mod time;

use rpy_vm::{PyResult, Vm};

pub use streams::flush_std_streams;
pub use sys::unraisable::write_unraisable;

/// What the embedding tells `init` about the process.
#[derive(Default, Clone)]
pub struct Config {
    /// `sys.argv` (`argv[0]` is the script path, `''`, `'-c'` or `'-m'`)
    pub argv: Vec<String>,
    /// `sys.orig_argv`: the process's own command line
    pub orig_argv: Vec<String>,
    /// `sys.path` in order (`path[0]` is the script directory or `''`, then the stdlib)
    pub path: Vec<String>,
    /// `sys.executable`; None means the running binary (`std::env::current_exe`)
    pub executable: Option<String>,
    /// `sys.prefix` (also `base_prefix`, `exec_prefix`, `base_exec_prefix`); None means the
    /// parent of the executable's directory
    pub prefix: Option<String>,
}

/// Registers the native modules in `vm.native_modules`, creates `sys` (setting `vm.sys_dict`
/// and the standard streams) and puts `sys` and `builtins` into `sys.modules`.
///
/// Flags come from `vm.settings` (`-O`, `-B`, `-u`, `-X`, `-W`, …); `PYTHONUNBUFFERED` is also
/// honoured here unless `-E`/`-I`. Call it after `rpy_builtins::init` and after registering
/// any other native modules (they are listed in `sys.builtin_module_names`).
pub fn init(vm: &mut Vm, config: Config) -> PyResult<()> {
    vm.native_modules.insert("gc".to_string(), gc_module::init);
    rpy_vm::gc::state::set_unraisable_hook(write_unraisable);
    vm.native_modules.insert("math".to_string(), math_module::init);
    vm.native_modules.insert("time".to_string(), time::init);
    sys::init(vm, config)
}
