//! The help texts: `-h` (CPython 3.11's text: rpy has every option it lists), `--help-env`
//! (the environment variables rpy honours), `--help-xoptions` (see `xoptions`) and
//! `--help-all`, and the usage line of usage errors.

use crate::cli::Help;

/// `-h` after its first line.
const OPTIONS: &str = r#"Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (for experts only, only works on
         debug builds); also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option
--check-hash-based-pycs always|default|never:
         control how Python invalidates hash-based .pyc files
--help-env      : print help about Python environment variables and exit
--help-xoptions : print help about implementation-specific -X options and exit
--help-all      : print complete help information and exit
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
"#;

/// `--help-env`: CPython's text for the variables rpy honours, and rpy's own.
const ENV: &str = r#"Environment variables that change behavior:
PYTHONSTARTUP: file executed on interactive startup (no default)
PYTHONPATH   : ':'-separated list of directories prefixed to the
               default module search path.  The result is sys.path.
PYTHONHOME   : alternate <prefix> directory (or <prefix>:<exec_prefix>).
               The default module search path uses <prefix>/lib/pythonX.X.
PYTHONUTF8: if set to 1, enable the UTF-8 mode.
PYTHONHASHSEED: if this variable is set to 'random', a random value is used
   to seed the hashes of str and bytes objects.  It can also be set to an
   integer in the range [0,4294967295] to get hash values with a
   predictable seed.
PYTHONINTMAXSTRDIGITS: limits the maximum digit characters in an int value
   when converting from a string and when converting an int back to a str.
   A value of 0 disables the limit.  Conversions to or from bases 2, 4, 8,
   16, and 32 are never limited.
PYTHONDEVMODE: enable the development mode.
PYTHONPYCACHEPREFIX: root directory for bytecode cache (pyc) files.
PYTHONWARNDEFAULTENCODING: enable opt-in EncodingWarning for 'encoding=None'.
PYTHONNODEBUGRANGES: If this variable is set, it disables the inclusion of the 
   tables mapping extra location information (end line, start column offset 
   and end column offset) to every instruction in code objects. This is useful 
   when smaller code objects and pyc files are desired as well as suppressing the 
   extra visual location indicators when the interpreter displays tracebacks.
These variables have equivalent command-line parameters (see --help for details):
PYTHONDEBUG             : enable parser debug mode (-d)
PYTHONDONTWRITEBYTECODE : don't write .pyc files (-B)
PYTHONINSPECT           : inspect interactively after running script (-i)
PYTHONINTMAXSTRDIGITS   : limit max digit characters in an int value
                          (-X int_max_str_digits=number)
PYTHONNOUSERSITE        : disable user site directory (-s)
PYTHONOPTIMIZE          : enable level 1 optimizations (-O)
PYTHONSAFEPATH          : don't prepend a potentially unsafe path to sys.path (-P)
PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)
PYTHONVERBOSE           : trace import statements (-v)
PYTHONWARNINGS=arg      : warning control (-W arg)
"#;

const RPY_ENV: &str = r#"rpy's own variables (also ignored under -E and -I):
RPY_STDLIB   : directory of the pure-Python standard library (-X stdlib=DIR)
"#;

/// The first line of `-h` and of usage errors.
pub fn usage_line(program: &str) -> String {
    format!("usage: {program} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n")
}

/// A usage error: the message, the usage line and CPython's hint, on stderr; exit status 2.
pub fn usage_error(program: &str, msg: &str) -> u8 {
    eprint!("{msg}\n{}Try `python -h' for more information.\n", usage_line(program));
    2
}

pub fn text(kind: Help, program: &str) -> String {
    let usage = format!("{}{OPTIONS}", usage_line(program));
    let env = format!("{ENV}{RPY_ENV}");
    match kind {
        Help::Usage => usage,
        Help::Env => env,
        Help::XOptions => crate::xoptions::help(),
        Help::All => format!("{usage}\n\n{env}\n\n{}", crate::xoptions::help()),
    }
}
