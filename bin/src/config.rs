//! The interpreter configuration, resolved as CPython's `PyConfig` is: command-line options,
//! then the `PYTHON*` environment variables (ignored under `-E`/`-I`) and rpy's `RPY_*` ones,
//! then `-X` options. Invalid values are fatal errors with CPython's messages.

use crate::cli::{Cli, Target};
use crate::xoptions::XOptions;

/// A "Fatal Python error" raised while reading the configuration (exit status 1).
#[derive(Debug)]
pub struct Fatal {
    pub msg: String,
    /// CPython's "Python runtime state" at that point
    pub state: &'static str,
}

impl Fatal {
    pub fn print(&self) {
        eprintln!("Fatal Python error: {}\nPython runtime state: {}\n", self.msg, self.state);
    }
}

#[derive(Debug, Clone, Default)]
pub struct Config {
    /// `argv[0]` as given (CPython's program name in messages)
    pub program: String,
    pub orig_argv: Vec<String>,
    pub target: Target,
    pub args: Vec<String>,

    pub bytes_warning: u8,
    pub debug: u8,
    pub dont_write_bytecode: bool,
    pub ignore_env: bool,
    pub inspect: bool,
    pub interactive: bool,
    pub isolated: bool,
    pub safe_path: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub optimize: u8,
    pub quiet: bool,
    pub unbuffered: bool,
    pub verbose: u8,
    pub skip_first_line: bool,
    pub dev_mode: bool,
    pub utf8_mode: bool,
    pub warn_default_encoding: bool,
    pub no_debug_ranges: bool,
    pub import_time: bool,
    /// None: the default limit
    pub int_max_str_digits: Option<usize>,
    pub pycache_prefix: Option<String>,
    /// `PYTHONHASHSEED`: None for random
    pub hash_seed: Option<u32>,
    pub warnoptions: Vec<String>,
    pub xoptions: Vec<(String, Option<String>)>,
    /// `PYTHONPATH` entries, made absolute
    pub pythonpath: Vec<String>,
    /// `PYTHONHOME`: prefix and exec_prefix
    pub home: Option<(String, String)>,
    pub startup: Option<String>,
    pub stdlib: Option<String>,
    /// the standard streams' encoding as named (`PYTHONIOENCODING` or the locale's) and the
    /// error handler of stdin and stdout (stderr always uses `backslashreplace`)
    pub stdio_encoding: String,
    pub stdio_errors: String,
}

/// Reads an environment variable as CPython's `config_get_env` does: unset under `-E`, and an
/// empty value counts as unset.
fn env(use_env: bool, name: &str) -> Option<String> {
    if !use_env {
        return None;
    }
    std::env::var_os(name).map(|v| v.to_string_lossy().into_owned()).filter(|v| !v.is_empty())
}

/// C's `strtol(s, &end, 10)` followed by a check that `end` is the end of the string and the
/// value fits an `int` (`_Py_str_to_int`). An empty string is 0, as in C.
pub fn str_to_int(s: &str) -> Option<i64> {
    let t = s.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() {
        // strtol parsed nothing: end == start, which is only accepted for an empty string
        return if s.is_empty() { Some(0) } else { None };
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: i64 = digits.parse().ok()?;
    let v = if neg { -v } else { v };
    (i32::MIN as i64..=i32::MAX as i64).contains(&v).then_some(v)
}

/// `_Py_get_env_flag`: a number, or 1 for anything that is not a non-negative number; the
/// flag becomes the larger of the two.
fn env_flag(use_env: bool, name: &str, flag: &mut u32) {
    if let Some(v) = env(use_env, name) {
        let n = match str_to_int(&v) {
            Some(n) if n >= 0 => n as u32,
            _ => 1,
        };
        *flag = (*flag).max(n);
    }
}

/// `os.path.abspath`: joined with the working directory and normalised lexically.
pub fn abspath(p: &str) -> String {
    let joined = if p.starts_with('/') { std::path::PathBuf::from(p) } else { std::env::current_dir().map(|d| d.join(p)).unwrap_or_else(|_| p.into()) };
    let mut out: Vec<String> = Vec::new();
    for c in joined.components() {
        match c {
            std::path::Component::RootDir | std::path::Component::Prefix(_) => out.clear(),
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::Normal(s) => out.push(s.to_string_lossy().into_owned()),
        }
    }
    format!("/{}", out.join("/"))
}

fn int_max_str_digits(v: Option<&str>, what: &str) -> Result<usize, Fatal> {
    let n = v.and_then(str_to_int);
    match n {
        Some(n) if n == 0 || n >= 640 => Ok(n as usize),
        _ => Err(Fatal { msg: format!("config_init_int_max_str_digits: {what}: invalid limit; must be >= 640 or 0 for unlimited."), state: "preinitialized" }),
    }
}

/// Resolves the configuration from the parsed command line and the environment.
pub fn resolve(argv: &[String], cli: Cli) -> Result<Config, Fatal> {
    let o = cli.opts;
    let use_env = !o.ignore_env;
    let x = XOptions::from_raw(&o.xoptions);
    let mut c = Config {
        program: argv.first().cloned().unwrap_or_default(),
        orig_argv: argv.to_vec(),
        target: cli.target,
        args: cli.args,
        bytes_warning: o.bytes_warning,
        ignore_env: o.ignore_env,
        isolated: o.isolated,
        quiet: o.quiet,
        skip_first_line: o.skip_first_line,
        no_site: o.no_site,
        interactive: o.inspect,
        ..Config::default()
    };

    // UTF-8 mode and dev mode are read first (CPython's pre-configuration)
    c.utf8_mode = match x.get("utf8") {
        Some(None) | Some(Some("1")) => true,
        Some(Some("0")) => false,
        Some(Some(_)) => return Err(Fatal { msg: "preconfig_init_utf8_mode: invalid -X utf8 option value".into(), state: "preinitializing" }),
        None => match env(use_env, "PYTHONUTF8").as_deref() {
            Some("1") => true,
            Some("0") => false,
            // PEP 540: the C and POSIX locales turn UTF-8 mode on
            None => crate::locale::is_legacy(&crate::locale::ctype_locale()),
            Some(_) => return Err(Fatal { msg: "preconfig_init_utf8_mode: invalid PYTHONUTF8 environment variable value".into(), state: "preinitializing" }),
        },
    };
    c.dev_mode = x.has("dev") || env(use_env, "PYTHONDEVMODE").is_some();

    // flags that an environment variable can also raise
    let flag = |cli: u32, name: &str| {
        let mut f = cli;
        env_flag(use_env, name, &mut f);
        f
    };
    c.debug = flag(o.debug as u32, "PYTHONDEBUG").min(255) as u8;
    c.verbose = flag(o.verbose, "PYTHONVERBOSE").min(255) as u8;
    c.optimize = flag(o.optimize, "PYTHONOPTIMIZE").min(255) as u8;
    c.inspect = flag(o.inspect as u32, "PYTHONINSPECT") > 0;
    c.dont_write_bytecode = flag(o.dont_write_bytecode as u32, "PYTHONDONTWRITEBYTECODE") > 0;
    c.no_user_site = flag(o.no_user_site as u32, "PYTHONNOUSERSITE") > 0;
    c.unbuffered = flag(o.unbuffered as u32, "PYTHONUNBUFFERED") > 0;
    c.safe_path = o.safe_path || env(use_env, "PYTHONSAFEPATH").is_some();
    c.warn_default_encoding = x.has("warn_default_encoding") || env(use_env, "PYTHONWARNDEFAULTENCODING").is_some();
    c.no_debug_ranges = x.has("no_debug_ranges") || env(use_env, "PYTHONNODEBUGRANGES").is_some();
    c.import_time = x.has("importtime") || env(use_env, "PYTHONPROFILEIMPORTTIME").is_some();

    c.hash_seed = match env(use_env, "PYTHONHASHSEED") {
        None => None,
        Some(v) if v == "random" => None,
        Some(v) => {
            // strtoul: leading white space and a sign are accepted, nothing may follow
            let t = v.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
            let (neg, digits) = match t.as_bytes().first() {
                Some(b'-') => (true, &t[1..]),
                Some(b'+') => (false, &t[1..]),
                _ => (false, t),
            };
            let n = if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) { digits.parse::<u64>().ok() } else { None };
            match n {
                Some(0) => Some(0),
                Some(n) if !neg && n <= u32::MAX as u64 => Some(n as u32),
                _ => {
                    return Err(Fatal {
                        msg: "config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]".into(),
                        state: "preinitialized",
                    })
                }
            }
        }
    };

    if let Some(v) = x.get("frozen_modules") {
        if !matches!(v, None | Some("on") | Some("off")) {
            return Err(Fatal { msg: "bad value for option -X frozen_modules (expected \"on\" or \"off\")".into(), state: "preinitialized" });
        }
    }

    c.int_max_str_digits = match x.get("int_max_str_digits") {
        Some(v) => Some(int_max_str_digits(v, "-X int_max_str_digits")?),
        None => match env(use_env, "PYTHONINTMAXSTRDIGITS") {
            Some(v) => Some(int_max_str_digits(Some(&v), "PYTHONINTMAXSTRDIGITS")?),
            None => None,
        },
    };

    c.pycache_prefix = match x.get("pycache_prefix") {
        // `-X pycache_prefix=` (empty) cancels PYTHONPYCACHEPREFIX
        Some(v) => v.filter(|v| !v.is_empty()).map(str::to_string),
        None => env(use_env, "PYTHONPYCACHEPREFIX"),
    };

    // warning filters: dev mode, PYTHONWARNINGS, -W, then -b
    if c.dev_mode {
        c.warnoptions.push("default".into());
    }
    if let Some(w) = env(use_env, "PYTHONWARNINGS") {
        c.warnoptions.extend(w.split(',').filter(|s| !s.is_empty()).map(str::to_string));
    }
    c.warnoptions.extend(o.warnings.iter().cloned());
    if c.bytes_warning > 0 {
        c.warnoptions.push(if c.bytes_warning > 1 { "error::BytesWarning" } else { "default::BytesWarning" }.into());
    }
    c.xoptions = x.0.iter().map(|o| (o.name.clone(), o.value.clone())).collect();

    if let Some(pp) = env(use_env, "PYTHONPATH") {
        c.pythonpath = pp.split(':').map(abspath).collect();
    }
    c.home = env(use_env, "PYTHONHOME").map(|h| match h.split_once(':') {
        Some((p, e)) => (p.to_string(), e.to_string()),
        None => (h.clone(), h),
    });
    c.startup = env(use_env, "PYTHONSTARTUP");
    c.stdlib = match x.get("stdlib") {
        Some(v) => v.map(str::to_string),
        None => env(use_env, "RPY_STDLIB"),
    };
    (c.stdio_encoding, c.stdio_errors) = crate::locale::stdio_encoding(env(use_env, "PYTHONIOENCODING").as_deref(), c.utf8_mode);
    if c.isolated {
        c.no_user_site = true;
        c.safe_path = true;
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_integers() {
        assert_eq!(str_to_int(" 700"), Some(700));
        assert_eq!(str_to_int("+5"), Some(5));
        assert_eq!(str_to_int("-0"), Some(0));
        assert_eq!(str_to_int(""), Some(0));
        assert_eq!(str_to_int("5 "), None);
        assert_eq!(str_to_int("0x300"), None);
        assert_eq!(str_to_int("99999999999"), None);
    }

    #[test]
    fn paths() {
        assert_eq!(abspath("/x/./y/"), "/x/y");
        assert_eq!(abspath("/x/../y"), "/y");
    }
}
