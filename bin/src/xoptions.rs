//! The `-X` options: one parser for CPython's form (`-X name=value`) and IronPython's
//! (`-X:name=value`), the table of options rpy knows (with their `--help-xoptions` text), and
//! CPython's lookup rule (the first occurrence of a name wins; unknown names are ignored but
//! still appear in `sys._xoptions`).

/// One `-X` option as given: name and optional value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XOption {
    pub name: String,
    pub value: Option<String>,
}

/// Splits `name[=value]`; a leading `:` (IronPython's `-X:name`) is dropped.
pub fn parse(raw: &str) -> XOption {
    let s = raw.strip_prefix(':').unwrap_or(raw);
    match s.split_once('=') {
        Some((k, v)) => XOption { name: k.to_string(), value: Some(v.to_string()) },
        None => XOption { name: s.to_string(), value: None },
    }
}

/// A known option: the help paragraph `--help-xoptions` prints (starting `-X name`).
pub struct Known {
    pub help: &'static str,
}

/// The options rpy implements, in `--help-xoptions` order (CPython's texts for CPython's
/// options, then rpy's own).
pub const KNOWN: &[Known] = &[
    Known { help: "-X importtime: show how long each import takes. It shows module name,\n    cumulative time (including nested imports) and self time (excluding\n    nested imports). Note that its output may be broken in multi-threaded\n    application. Typical usage is rpy -X importtime -c 'import asyncio'",
    },
    Known { help: "-X dev: enable CPython's \"development mode\", introducing additional runtime\n    checks which are too expensive to be enabled by default. In rpy it adds the\n    default warning filter (as -W default) and sets the dev_mode attribute of\n    sys.flags to True",
    },
    Known { help: "-X utf8: enable UTF-8 mode for operating system interfaces, overriding the default\n    locale-aware mode. -X utf8=0 explicitly disables UTF-8 mode (even when it would\n    otherwise activate automatically)",
    },
    Known { help: "-X pycache_prefix=PATH: enable writing .pyc files to a parallel tree rooted at the\n    given directory instead of to the code tree",
    },
    Known { help: "-X warn_default_encoding: enable opt-in EncodingWarning for 'encoding=None'" },
    Known { help: "-X no_debug_ranges: disable the inclusion of the tables mapping extra location \n   information (end line, start column offset and end column offset) to every \n   instruction in code objects. This is useful when smaller code objects and pyc \n   files are desired as well as suppressing the extra visual location indicators \n   when the interpreter displays tracebacks.",
    },
    Known { help: "-X frozen_modules=[on|off]: whether or not frozen modules should be used.\n   rpy has no frozen modules; the value is checked as CPython checks it.",
    },
    Known { help: "-X int_max_str_digits=number: limit the size of int<->str conversions.\n    This helps avoid denial of service attacks when parsing untrusted data.\n    The default is sys.int_info.default_max_str_digits.  0 disables.",
    },
    Known { help: "-X stdlib=DIR: (rpy) the directory of the pure-Python standard library (a CPython\n    3.11 Lib directory); also RPY_STDLIB=DIR",
    },
];

/// The `--help-xoptions` text.
pub fn help() -> String {
    let mut s = String::from("The following implementation-specific options are available:\n");
    for k in KNOWN {
        s.push('\n');
        s.push_str(k.help);
        s.push('\n');
    }
    s.push_str("\nBoth -X name[=value] and -X:name[=value] are accepted; unknown options are ignored.\n");
    s
}

/// The options of one command line.
#[derive(Debug, Clone, Default)]
pub struct XOptions(pub Vec<XOption>);

impl XOptions {
    pub fn from_raw(raw: &[String]) -> XOptions {
        XOptions(raw.iter().map(|r| parse(r)).collect())
    }

    /// The first occurrence of `name`, as CPython's `config_get_xoption`: `Some(None)` when
    /// given without a value.
    pub fn get(&self, name: &str) -> Option<Option<&str>> {
        self.0.iter().find(|o| o.name == name).map(|o| o.value.as_deref())
    }

    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_spellings() {
        assert_eq!(parse("int_max_str_digits=0"), XOption { name: "int_max_str_digits".into(), value: Some("0".into()) });
        assert_eq!(parse(":int_max_str_digits=0"), parse("int_max_str_digits=0"));
        assert_eq!(parse(":dev"), XOption { name: "dev".into(), value: None });
        assert_eq!(parse("a=b=c").value.as_deref(), Some("b=c"));
    }

    #[test]
    fn first_occurrence_wins() {
        let x = XOptions::from_raw(&["utf8=0".into(), "utf8".into()]);
        assert_eq!(x.get("utf8"), Some(Some("0")));
        assert_eq!(x.get("dev"), None);
    }

    #[test]
    fn help_lists_every_known_option() {
        let h = help();
        for name in
            ["importtime", "dev", "utf8", "pycache_prefix", "warn_default_encoding", "no_debug_ranges", "frozen_modules", "int_max_str_digits", "stdlib"]
        {
            assert!(h.contains(&format!("\n-X {name}")), "{name} missing from --help-xoptions");
        }
        assert_eq!(KNOWN.len(), 9);
    }
}
