//! Command-line parsing with CPython 3.11's rules (`_PyOS_GetOpt` and `config_parse_cmdline`):
//! options before the script, combined short flags (`-uc CODE`), option arguments attached or
//! separate, `--`, the long options, and the script's own arguments left untouched. The
//! messages of usage errors are CPython's.

/// What to run.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Target {
    Script(String),
    Command(String),
    Module(String),
    /// `-` given explicitly
    Stdin,
    /// no script, command or module: stdin (a REPL when it is a terminal)
    #[default]
    Default,
}

/// The command-line options; the environment is merged in `config`.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub bytes_warning: u8,
    pub debug: u8,
    pub dont_write_bytecode: bool,
    pub ignore_env: bool,
    pub inspect: bool,
    pub isolated: bool,
    pub safe_path: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub optimize: u32,
    pub quiet: bool,
    pub unbuffered: bool,
    pub verbose: u32,
    pub version: u8,
    pub skip_first_line: bool,
    pub warnings: Vec<String>,
    /// `-X` options in order, as given (without a leading `:`)
    pub xoptions: Vec<String>,
    pub check_hash_based_pycs: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Cli {
    pub opts: Options,
    pub target: Target,
    /// the arguments after the script / command / module (`sys.argv[1:]`)
    pub args: Vec<String>,
}

/// A help text to print before exiting with status 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Help {
    Usage,
    Env,
    XOptions,
    All,
}

#[derive(Debug)]
pub enum Outcome {
    Run(Cli),
    /// print the help and exit 0
    Help(Help),
    /// print the message, the usage line and "Try `python -h'", exit 2
    Usage(String),
}

const SHORT_OPTS: &str = "bBc:dEhiIm:OPqRsStuvVW:xX:?";

const LONG_OPTS: &[(&str, bool)] = &[("check-hash-based-pycs", true), ("help-all", false), ("help-xoptions", false), ("help-env", false)];

/// A getopt over argv that behaves like CPython's `_PyOS_GetOpt`.
struct GetOpt<'a> {
    argv: &'a [String],
    /// index of the next argument
    optind: usize,
    /// the rest of the current cluster of short options
    rest: Vec<char>,
}

enum Opt {
    Short(char, Option<String>),
    Long(&'static str, Option<String>),
    Error(String),
    End,
}

impl GetOpt<'_> {
    fn next(&mut self) -> Opt {
        if self.rest.is_empty() {
            let Some(a) = self.argv.get(self.optind) else { return Opt::End };
            if !a.starts_with('-') || a == "-" {
                return Opt::End;
            }
            if a == "--" {
                self.optind += 1;
                return Opt::End;
            }
            if a == "--help" {
                self.optind += 1;
                return Opt::Short('h', None);
            }
            if a == "--version" {
                self.optind += 1;
                return Opt::Short('V', None);
            }
            self.rest = a.chars().skip(1).collect();
            self.optind += 1;
        }
        let option = self.rest.remove(0);
        if option == '-' {
            let name: String = self.rest.drain(..).collect();
            if name.is_empty() {
                // CPython prints this and stops parsing options
                eprintln!("expected long option");
                return Opt::End;
            }
            let this = self.argv[self.optind - 1].clone();
            let Some(&(long, has_arg)) = LONG_OPTS.iter().find(|(n, _)| *n == name) else {
                return Opt::Error(format!("unknown option {this}"));
            };
            if !has_arg {
                return Opt::Long(long, None);
            }
            let Some(v) = self.argv.get(self.optind) else {
                return Opt::Error(format!("Argument expected for the {this} options"));
            };
            self.optind += 1;
            return Opt::Long(long, Some(v.clone()));
        }
        if option == 'J' {
            return Opt::Error("-J is reserved for Jython".into());
        }
        let Some(at) = SHORT_OPTS.find(option).filter(|_| option != ':') else {
            return Opt::Error(format!("Unknown option: -{}", option_char(option)));
        };
        if SHORT_OPTS[at + option.len_utf8()..].starts_with(':') {
            if !self.rest.is_empty() {
                let v: String = self.rest.drain(..).collect();
                return Opt::Short(option, Some(v));
            }
            let Some(v) = self.argv.get(self.optind) else {
                return Opt::Error(format!("Argument expected for the -{option} option"));
            };
            self.optind += 1;
            return Opt::Short(option, Some(v.clone()));
        }
        Opt::Short(option, None)
    }
}

/// CPython prints the unknown option with `%c` of `(char)option`: the low byte of the code point.
fn option_char(c: char) -> String {
    let b = (c as u32 & 0xff) as u8;
    if b.is_ascii() {
        (b as char).to_string()
    } else {
        String::from_utf8_lossy(&[b]).into_owned()
    }
}

/// Parses `argv` (including `argv[0]`).
pub fn parse(argv: &[String]) -> Outcome {
    let mut opts = Options::default();
    let mut g = GetOpt { argv, optind: 1, rest: Vec::new() };
    let mut target = None;
    loop {
        match g.next() {
            Opt::End => break,
            Opt::Error(msg) => return Outcome::Usage(msg),
            Opt::Long("check-hash-based-pycs", v) => {
                let v = v.unwrap_or_default();
                if !matches!(v.as_str(), "always" | "default" | "never") {
                    return Outcome::Usage("--check-hash-based-pycs must be one of 'default', 'always', or 'never'".into());
                }
                opts.check_hash_based_pycs = Some(v);
            }
            Opt::Long("help-all", _) => return Outcome::Help(Help::All),
            Opt::Long("help-xoptions", _) => return Outcome::Help(Help::XOptions),
            Opt::Long(_, _) => return Outcome::Help(Help::Env),
            Opt::Short(c, v) => match c {
                'c' => {
                    target = Some(Target::Command(v.unwrap_or_default()));
                    break;
                }
                'm' => {
                    target = Some(Target::Module(v.unwrap_or_default()));
                    break;
                }
                'b' => opts.bytes_warning = opts.bytes_warning.saturating_add(1),
                'B' => opts.dont_write_bytecode = true,
                'd' => opts.debug = opts.debug.saturating_add(1),
                'E' => opts.ignore_env = true,
                'h' | '?' => return Outcome::Help(Help::Usage),
                'i' => opts.inspect = true,
                'I' => {
                    opts.isolated = true;
                    opts.ignore_env = true;
                    opts.no_user_site = true;
                    opts.safe_path = true;
                }
                'O' => opts.optimize += 1,
                'P' => opts.safe_path = true,
                'q' => opts.quiet = true,
                // hash randomisation is always on; -R and -t are accepted and ignored
                'R' | 't' => {}
                's' => opts.no_user_site = true,
                'S' => opts.no_site = true,
                'u' => opts.unbuffered = true,
                'v' => opts.verbose += 1,
                'V' => opts.version = opts.version.saturating_add(1),
                'W' => opts.warnings.push(v.unwrap_or_default()),
                'x' => opts.skip_first_line = true,
                'X' => opts.xoptions.push(v.unwrap_or_default()),
                _ => unreachable!("every option in SHORT_OPTS is handled"),
            },
        }
    }
    let rest = &argv[g.optind.min(argv.len())..];
    let (target, args) = match target {
        Some(t) => (t, rest.to_vec()),
        None => match rest.first() {
            Some(a) if a == "-" => (Target::Stdin, rest[1..].to_vec()),
            Some(a) => (Target::Script(a.clone()), rest[1..].to_vec()),
            None => (Target::Default, Vec::new()),
        },
    };
    Outcome::Run(Cli { opts, target, args })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Cli {
        let argv: Vec<String> = std::iter::once("rpy").chain(args.iter().copied()).map(String::from).collect();
        match parse(&argv) {
            Outcome::Run(c) => c,
            other => panic!("expected a run, got {other:?}"),
        }
    }

    fn usage(args: &[&str]) -> String {
        let argv: Vec<String> = std::iter::once("rpy").chain(args.iter().copied()).map(String::from).collect();
        match parse(&argv) {
            Outcome::Usage(m) => m,
            other => panic!("expected a usage error, got {other:?}"),
        }
    }

    #[test]
    fn clusters_and_attached_arguments() {
        let c = run(&["-uOc", "print(1)", "a", "-b"]);
        assert!(c.opts.unbuffered);
        assert_eq!(c.opts.optimize, 1);
        assert_eq!(c.target, Target::Command("print(1)".into()));
        assert_eq!(c.args, vec!["a", "-b"]);
        let c = run(&["-mfoo.bar", "x"]);
        assert_eq!(c.target, Target::Module("foo.bar".into()));
        assert_eq!(c.args, vec!["x"]);
        let c = run(&["-Xdev", "-X", "int_max_str_digits=0", "-Werror", "s.py"]);
        assert_eq!(c.opts.xoptions, vec!["dev", "int_max_str_digits=0"]);
        assert_eq!(c.opts.warnings, vec!["error"]);
        assert_eq!(c.target, Target::Script("s.py".into()));
    }

    #[test]
    fn end_of_options() {
        let c = run(&["--", "-c"]);
        assert_eq!(c.target, Target::Script("-c".into()));
        let c = run(&["-", "a"]);
        assert_eq!(c.target, Target::Stdin);
        assert_eq!(c.args, vec!["a"]);
        let c = run(&["-q"]);
        assert_eq!(c.target, Target::Default);
    }

    #[test]
    fn errors() {
        assert_eq!(usage(&["-Z"]), "Unknown option: -Z");
        assert_eq!(usage(&["-c"]), "Argument expected for the -c option");
        assert_eq!(usage(&["--foo"]), "unknown option --foo");
        assert_eq!(usage(&["--check-hash-based-pycs"]), "Argument expected for the --check-hash-based-pycs options");
        assert_eq!(usage(&["-J"]), "-J is reserved for Jython");
    }
}
