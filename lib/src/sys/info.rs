//! The informational struct sequences and constants of `sys`: version, version_info,
//! hexversion, implementation, flags, float_info, int_info, hash_info.

use crate::structseq::{self, StructSeqDesc};
use rpy_vm::{ObjRef, Value, Vm};

pub const MAJOR: i64 = 3;
pub const MINOR: i64 = 11;
pub const MICRO: i64 = 7;
/// `sys.hexversion` for 3.11.7 final
pub const HEXVERSION: i64 = (MAJOR << 24) | (MINOR << 16) | (MICRO << 8) | 0xf0;

static VERSION_INFO: StructSeqDesc = StructSeqDesc {
    name: "version_info",
    module: "sys",
    doc: "sys.version_info\n\nVersion information as a named tuple.",
    fields: &["major", "minor", "micro", "releaselevel", "serial"],
    n_in_sequence: 5,
    instantiable: false,
};

static FLAGS: StructSeqDesc = StructSeqDesc {
    name: "flags",
    module: "sys",
    doc: "sys.flags\n\nFlags provided through command line arguments or environment vars.",
    fields: &[
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ],
    n_in_sequence: 18,
    instantiable: false,
};

static FLOAT_INFO: StructSeqDesc = StructSeqDesc {
    name: "float_info",
    module: "sys",
    doc: "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\ninformation about the precision and internal representation. Please study\nyour system's :file:`float.h` for more information.",
    fields: &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
    n_in_sequence: 11,
    instantiable: false,
};

static INT_INFO: StructSeqDesc = StructSeqDesc {
    name: "int_info",
    module: "sys",
    doc: "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.  The attributes are read only.",
    fields: &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
    n_in_sequence: 4,
    instantiable: false,
};

static HASH_INFO: StructSeqDesc = StructSeqDesc {
    name: "hash_info",
    module: "sys",
    doc: "hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.",
    fields: &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    n_in_sequence: 9,
    instantiable: false,
};

/// `sys.version`: "3.11.7 (main, May  9 2026, 07:35:25) [rpy 0.1.0]", the date being when the
/// running binary was built (its modification time, UTC).
pub fn version_string() -> String {
    let rpy = env!("CARGO_PKG_VERSION");
    let built = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
    match built {
        Some(d) => {
            let secs = d.as_secs() as i64;
            let (y, mo, day) = crate::time::civil_from_days(secs.div_euclid(86400));
            let sod = secs.rem_euclid(86400);
            let month = crate::time::MONTH_NAMES[(mo - 1) as usize];
            format!("{MAJOR}.{MINOR}.{MICRO} (main, {month} {day:>2} {y}, {:02}:{:02}:{:02}) [rpy {rpy}]", sod / 3600, sod / 60 % 60, sod % 60)
        }
        None => format!("{MAJOR}.{MINOR}.{MICRO} (main) [rpy {rpy}]"),
    }
}

/// The `sys.version_info` type and value.
pub fn version_info(vm: &mut Vm) -> (ObjRef, Value) {
    let t = structseq::new_type(vm, &VERSION_INFO);
    let level = vm.new_str("final");
    let v = structseq::new_instance(vm, &t, vec![Value::Int(MAJOR), Value::Int(MINOR), Value::Int(MICRO), level, Value::Int(0)]);
    (t, v)
}

/// `sys.implementation`: name, cache_tag, version (rpy's own version, as a version_info),
/// hexversion, _multiarch.
pub fn implementation(vm: &mut Vm, version_info_type: &ObjRef) -> Value {
    let parts: Vec<i64> = env!("CARGO_PKG_VERSION").split('.').map(|p| p.parse().unwrap_or(0)).chain(std::iter::repeat(0)).take(3).collect();
    let level = vm.new_str("final");
    let version = structseq::new_instance(vm, version_info_type, vec![Value::Int(parts[0]), Value::Int(parts[1]), Value::Int(parts[2]), level, Value::Int(0)]);
    let hex = (parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | 0xf0;
    let name = vm.new_str("rpy");
    let tag = vm.new_str(&format!("rpy-{MAJOR}{MINOR}"));
    let multiarch = vm.new_string(format!("{}-linux-gnu", std::env::consts::ARCH));
    crate::namespace::new_namespace(
        vm,
        vec![("name", name), ("cache_tag", tag), ("version", version), ("hexversion", Value::Int(hex)), ("_multiarch", multiarch)],
    )
}

/// `sys.flags` from the interpreter settings (the embedding resolves the command line and
/// the environment into them: `-I` has already set `ignore_environment`, `no_user_site` and
/// `safe_path`).
pub fn flags(vm: &mut Vm) -> Value {
    let t = structseq::new_type(vm, &FLAGS);
    let s = &vm.settings;
    let b = |x: bool| Value::Int(x as i64);
    let values = vec![
        Value::Int(s.debug as i64),
        b(s.inspect),
        b(s.interactive),
        Value::Int(s.optimize as i64),
        b(s.dont_write_bytecode),
        b(s.no_user_site || s.isolated),
        b(s.no_site),
        b(s.ignore_environment || s.isolated),
        Value::Int(s.verbose as i64),
        Value::Int(s.bytes_warning as i64),
        b(s.quiet),
        b(s.hash_randomization),
        b(s.isolated),
        Value::Bool(s.dev_mode),
        b(s.utf8_mode),
        b(s.warn_default_encoding),
        Value::Bool(s.safe_path || s.isolated),
        Value::Int(s.int_max_str_digits.map(|d| d as i64).unwrap_or(-1)),
    ];
    structseq::new_instance(vm, &t, values)
}

pub fn float_info(vm: &mut Vm) -> Value {
    let t = structseq::new_type(vm, &FLOAT_INFO);
    let values = vec![
        Value::Float(f64::MAX),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(f64::MAX_10_EXP as i64),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(f64::MIN_10_EXP as i64),
        Value::Int(f64::DIGITS as i64),
        Value::Int(f64::MANTISSA_DIGITS as i64),
        Value::Float(f64::EPSILON),
        Value::Int(f64::RADIX as i64),
        Value::Int(1),
    ];
    structseq::new_instance(vm, &t, values)
}

pub fn int_info(vm: &mut Vm) -> Value {
    let t = structseq::new_type(vm, &INT_INFO);
    structseq::new_instance(vm, &t, vec![Value::Int(30), Value::Int(4), Value::Int(4300), Value::Int(640)])
}

pub fn hash_info(vm: &mut Vm) -> Value {
    let t = structseq::new_type(vm, &HASH_INFO);
    let alg = vm.new_str("siphash13");
    let values = vec![
        Value::Int(64),
        Value::Int((1i64 << 61) - 1),
        Value::Int(314159),
        Value::Int(0),
        Value::Int(1000003),
        alg,
        Value::Int(64),
        Value::Int(128),
        Value::Int(0),
    ];
    structseq::new_instance(vm, &t, values)
}

/// `sys.stdlib_module_names` of CPython 3.11.
pub const STDLIB_MODULE_NAMES: &str = "__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses _curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode _operator _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio _queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _symtable _thread _threading_local _tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo";
